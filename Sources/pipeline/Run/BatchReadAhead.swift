import Dispatch
import Extract

/// Opens the files of the next batch on a thread of its own (see `ReadAhead`) while the workers
/// read and analyze the current one, so that files the page cache no longer holds come from
/// disk meanwhile; a nightly run meets a corpus the system has evicted since the night before.
final class BatchReadAhead: @unchecked Sendable {
  // @unchecked: `pending` is touched only by blocks on the serial `queue`.

  /// Opens one batch after the other.
  private let queue = DispatchQueue(label: "pipeline.read-ahead", qos: .userInitiated)
  /// The batch opened last and not yet taken.
  private var pending: ReadAhead?
  /// Files larger than this are not read, so not opened ahead either.
  private let maxFileBytes: Int

  /// Opens batches for a reader that skips files larger than `maxFileBytes`.
  init(maxFileBytes: Int) {
    self.maxFileBytes = maxFileBytes
  }

  /// Starts opening `files`, the batch after the one `take()` gave last.
  func start(_ files: [DiscoveredFile]) {
    queue.async { [self] in pending = ReadAhead(files, maxFileBytes: maxFileBytes) }
  }

  /// The batch `start(_:)` was called with last, once it is open.
  func take() -> ReadAhead {
    queue.sync {
      defer { pending = nil }
      return pending!
    }
  }
}
