import Dispatch

/// Flushes finished files to disk on a thread of its own, so that waiting for the disk overlaps
/// other work; `StagedOutput.commit()` then finds little left to flush.
final class BackgroundSync: Sendable {
  /// Left when every file has been flushed.
  private let done = DispatchGroup()
  /// The first failure, set by the flushing thread before it leaves `done`.
  private let failure: FailureSlot

  /// Starts flushing the files at `paths`, in order.
  init(paths: [String]) {
    let done = done
    let failure = FailureSlot()
    self.failure = failure
    done.enter()
    DispatchQueue.global(qos: .utility).async {
      defer { done.leave() }
      for path in paths {
        do throws(OutputError) {
          try FileSystem.sync(path: path)
        } catch {
          failure.error = error
          return
        }
      }
    }
  }

  /// Blocks until every file is flushed; rethrows the first failure.
  func wait() throws(OutputError) {
    done.wait()
    if let error = failure.error { throw error }
  }
}

/// Where the flushing thread leaves its error; read only after `DispatchGroup.wait()`, which
/// orders the write before the read.
private final class FailureSlot: @unchecked Sendable {
  var error: OutputError?
}
