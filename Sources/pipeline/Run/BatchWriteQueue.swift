import Dispatch
import Load
import Synchronization

/// Appends batches of formatted documents to a `RunWriter` on a thread of its own, one batch at
/// a time, so the workers can analyze the next batches meanwhile.
///
/// At most two batches are in flight: `submit(_:then:)` first waits until fewer are, so while
/// the writer's thread waits on the disk for one batch the workers need not wait for it too. A
/// batch of more than `smallBatchBytes` of input waits until none is and then flies alone, so
/// large articles keep the old bound: one batch in flight and one being formatted. Batches are
/// written in the order submitted. A write error is reported by a later `submit` or by
/// `finish()`; after `finish()` returns, or either throws, no write is under way and the caller
/// may use (or abort) the writer again.
final class BatchWriteQueue: @unchecked Sendable {
  // @unchecked: `writer` is touched only by the blocks on the serial `queue`, and by the
  // submitting thread only after `finish()` waited for all of them.

  /// The writer the batches go to.
  private let writer: RunWriter
  /// Runs the writes, one batch after the other.
  private let queue = DispatchQueue(label: "pipeline.batch-writer", qos: .userInitiated)
  /// Entered while a batch is being written.
  private let inFlight = DispatchGroup()
  /// One permit per batch that may be in flight.
  private let permits = DispatchSemaphore(value: 2)
  /// The input bytes up to which a batch may be in flight beside another (the usual batch of
  /// news articles holds a few hundred KB).
  static let smallBatchBytes = 2 << 20
  /// Whether batches are written on `queue` (else on the caller's thread, at once).
  private let overlapsWrites: Bool
  /// The first write error, reported to the submitting thread.
  private let failure = Mutex<OutputError?>(nil)

  /// Creates a queue in front of `writer`; with `overlapsWrites` false every batch is written
  /// on the calling thread before `submit` returns.
  init(writer: RunWriter, overlapsWrites: Bool) {
    self.writer = writer
    self.overlapsWrites = overlapsWrites
  }

  /// Waits until fewer than two batches are in flight (rethrowing a write error), then writes
  /// `batch` in order and calls `completion` after the batch's last document.
  /// - Complexity: O(size of the oldest batch's output) waiting, O(1) otherwise.
  func submit(_ batch: [FormattedDocument], then completion: @escaping @Sendable () -> Void)
    throws(OutputError)
  {
    guard overlapsWrites else {
      try write(batch)
      completion()
      return
    }
    // A batch of large articles takes both permits: it waits for the batches in flight and
    // no other is submitted beside it.
    let permitsTaken = batch.reduce(0) { $0 + $1.sourceByteCount } > Self.smallBatchBytes ? 2 : 1
    for _ in 0..<permitsTaken { permits.wait() }
    if let error = failure.withLock({ $0 }) {
      for _ in 0..<permitsTaken { permits.signal() }
      // No write may be under way once the error is out: the caller aborts the writer.
      inFlight.wait()
      throw error
    }
    inFlight.enter()
    queue.async { [self] in
      defer {
        inFlight.leave()
        for _ in 0..<permitsTaken { permits.signal() }
      }
      // A batch after a failed one is not written: the run is aborted anyway.
      guard failure.withLock({ $0 == nil }) else { return }
      do throws(OutputError) {
        try write(batch)
        completion()
      } catch {
        failure.withLock { $0 = error }
      }
    }
  }

  /// Waits until every batch is written; rethrows a write error.
  func finish() throws(OutputError) {
    inFlight.wait()
    if let error = failure.withLock({ $0 }) { throw error }
  }

  /// Appends `batch` to the writer, in order.
  private func write(_ batch: [FormattedDocument]) throws(OutputError) {
    for document in batch { try writer.append(document) }
  }
}
