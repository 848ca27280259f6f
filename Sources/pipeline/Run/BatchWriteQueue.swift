import Dispatch
import Load

/// Appends batches of formatted documents to a `RunWriter` on a thread of its own, one batch at
/// a time, so the workers can analyze the next batch meanwhile.
///
/// At most one batch is in flight: `submit(_:then:)` first waits for the previous batch, so
/// batches are written in the order submitted and memory holds at most two batches. A write
/// error is reported by the next `submit` or by `finish()`; after either returns or throws,
/// no write is under way and the caller may use (or abort) the writer again.
final class BatchWriteQueue: @unchecked Sendable {
  // @unchecked: `writer` and `failure` are touched only by the block on `queue` while a batch
  // is in flight, and by the submitting thread only after `inFlight.wait()`, which orders
  // those accesses; no two threads use them at once.

  /// The writer the batches go to.
  private let writer: RunWriter
  /// Runs the writes, one batch after the other.
  private let queue = DispatchQueue(label: "pipeline.batch-writer", qos: .userInitiated)
  /// Entered while a batch is being written.
  private let inFlight = DispatchGroup()
  /// Whether batches are written on `queue` (else on the caller's thread, at once).
  private let overlapsWrites: Bool
  /// The first write error, reported to the submitting thread.
  private var failure: OutputError?

  /// Creates a queue in front of `writer`; with `overlapsWrites` false every batch is written
  /// on the calling thread before `submit` returns.
  init(writer: RunWriter, overlapsWrites: Bool) {
    self.writer = writer
    self.overlapsWrites = overlapsWrites
  }

  /// Waits for the previous batch (rethrowing its error), then writes `batch` in order and
  /// calls `completion` after the batch's last document.
  /// - Complexity: O(size of the previous batch's output) waiting, O(1) otherwise.
  func submit(_ batch: [FormattedDocument], then completion: @escaping @Sendable () -> Void)
    throws(OutputError)
  {
    try waitForPrevious()
    guard overlapsWrites else {
      try write(batch)
      completion()
      return
    }
    inFlight.enter()
    queue.async { [self] in
      defer { inFlight.leave() }
      do throws(OutputError) {
        try write(batch)
        completion()
      } catch {
        failure = error
      }
    }
  }

  /// Waits until the last batch is written; rethrows its error.
  func finish() throws(OutputError) {
    try waitForPrevious()
  }

  /// Blocks until no batch is in flight; rethrows a write error.
  private func waitForPrevious() throws(OutputError) {
    inFlight.wait()
    if let failure { throw failure }
  }

  /// Appends `batch` to the writer, in order.
  private func write(_ batch: [FormattedDocument]) throws(OutputError) {
    for document in batch { try writer.append(document) }
  }
}
