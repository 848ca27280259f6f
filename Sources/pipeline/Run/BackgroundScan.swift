import Dispatch
import Extract
import Synchronization

/// The corpus listing, made on a thread of its own from the start of a run: listing 10,000
/// files takes about 0.03 s, which then overlaps loading the configuration (about 0.02 s)
/// instead of following it. The result is taken once the configuration has loaded, so a
/// configuration error is still the one reported when both are wrong.
final class BackgroundScan: Sendable {
  /// Signalled when the scan has finished.
  private let done = DispatchSemaphore(value: 0)
  /// The scan's result, set once before `done` is signalled.
  private let result = Mutex<Result<CorpusListing, CorpusScanner.ScanError>?>(nil)

  /// Starts listing the corpus under `root`.
  init(root: String) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let outcome = Result { () throws(CorpusScanner.ScanError) in
        try CorpusScanner.scan(root: root)
      }
      result.withLock { $0 = outcome }
      done.signal()
    }
  }

  /// The listing, waiting for the scan to finish; call once.
  func listing() throws(CorpusScanner.ScanError) -> CorpusListing {
    done.wait()
    return try result.withLock { $0! }.get()
  }
}
