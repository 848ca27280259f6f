import Dispatch
import Extract
import Load

/// Opens the files of the next batch on a thread of its own (see `ReadAhead`), and reads their
/// entries from the previous run's analysis cache, while the workers read and analyze the
/// current one: files the page cache no longer holds come from disk meanwhile (a nightly run
/// meets a corpus the system has evicted since the night before), and the cache, a stream in
/// path order, is read beside the workers instead of between their batches.
final class BatchReadAhead: @unchecked Sendable {
  // @unchecked: `pending` and `cache` are touched only by blocks on the serial `queue`.

  /// A batch made ready: its files opened, and the cache entry of each file that has one.
  struct Batch: @unchecked Sendable {
    // @unchecked: `files` hands each descriptor to one worker at most (see `ReadAhead`).

    /// The files' descriptors.
    let files: ReadAhead
    /// The cache entry of each file, by its index in the batch; nil where the cache has none
    /// (or there is no cache).
    let cached: [AnalysisCacheReader.Entry?]
  }

  /// Opens one batch after the other, on the threads of the pool the workers use: on a thread
  /// of its own (a serial queue's default), the work spread the run's memory over one more
  /// allocator arena, and the writer's blocks, which such threads also take, over more (a full
  /// run over 100,000 articles peaked at 221 MB instead of 194-201 MB, an unchanged one at
  /// 190 MB instead of 162 MB).
  private let queue = DispatchQueue(
    label: "pipeline.read-ahead", qos: .userInitiated, target: .global(qos: .userInitiated))
  /// The batch made ready last and not yet taken.
  private var pending: Batch?
  /// Files larger than this are not read, so not opened ahead either.
  private let maxFileBytes: Int
  /// The previous run's analyses, read in path order, or nil for a full run.
  private let cache: AnalysisCacheReader?

  /// Makes batches ready for a reader that skips files larger than `maxFileBytes`, with their
  /// entries from `cache`.
  init(maxFileBytes: Int, cache: AnalysisCacheReader?) {
    self.maxFileBytes = maxFileBytes
    self.cache = cache
  }

  /// Starts making `files` ready, the batch after the one `take()` gave last (batches must come
  /// in path order).
  func start(_ files: [DiscoveredFile]) {
    queue.async { [self] in
      let opened = ReadAhead(files, maxFileBytes: maxFileBytes)
      let cached = cache.map { cache in files.map { cache.entry(at: $0.relativePath) } }
      pending = Batch(files: opened, cached: cached ?? [])
    }
  }

  /// Waits for a batch being made ready and drops it, closing its descriptors (for a run that
  /// stops early).
  func cancel() {
    queue.sync { pending = nil }
  }

  /// The batch `start(_:)` was called with last, once it is ready.
  func take() -> Batch {
    queue.sync {
      defer { pending = nil }
      return pending!
    }
  }
}
