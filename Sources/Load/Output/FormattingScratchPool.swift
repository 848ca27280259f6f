import Synchronization

/// Scratch buffers for the threads that format documents, shared by all copies of one
/// `DocumentFormatter`; holds about as many scratches as threads ever formatted at once.
final class FormattingScratchPool: Sendable {
  /// The scratches not in use.
  private let idle = Mutex<[FormattingScratch]>([])

  /// Calls `body` with a scratch no other thread is using, emptied.
  func withScratch<Result>(_ body: (FormattingScratch) -> Result) -> Result {
    let scratch = idle.withLock { $0.popLast() } ?? FormattingScratch()
    scratch.removeAll()
    defer { idle.withLock { $0.append(scratch) } }
    return body(scratch)
  }
}
