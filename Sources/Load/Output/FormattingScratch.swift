/// Buffers a worker formats one document into before the bytes are copied out, kept between
/// documents so that formatting does not allocate and free tens of kilobytes per document.
final class FormattingScratch: @unchecked Sendable {
  // @unchecked: a scratch is used by one thread at a time; `FormattingScratchPool` hands it
  // out and takes it back under a lock, which orders the accesses of successive users.

  /// The document's parts back to back; handed over whole to the formatted document.
  var parts = ByteBuffer(capacity: 64 * 1024)
  /// The JSONL rows of the table being formatted.
  var json = ByteBuffer(capacity: 32 * 1024)
  /// The cache entry.
  var cache = CacheEncoder()

  /// The parts formatted so far, handed over without copying; `parts` starts afresh with room
  /// for a quarter more than they took.
  func takeParts() -> ByteStorage {
    var fresh = ByteBuffer(capacity: max(parts.count + parts.count / 4, 4096))
    swap(&parts, &fresh)
    return fresh.storage()
  }

  /// Forgets the contents and keeps the allocations.
  func removeAll() {
    parts.removeAll()
    json.removeAll()
    cache.removeAll()
  }
}
