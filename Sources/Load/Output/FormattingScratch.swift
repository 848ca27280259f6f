/// Buffers a worker formats one document into: the row buffers go to the formatted document
/// whole, the cache entry's buffer is kept between documents.
final class FormattingScratch: @unchecked Sendable {
  // @unchecked: a scratch is used by one thread at a time; `FormattingScratchPool` hands it
  // out and takes it back under a lock, which orders the accesses of successive users.

  /// The document's parts except the JSONL rows of `mentions` and `dates`, back to back;
  /// handed over whole to the formatted document.
  var parts = ByteBuffer(capacity: 64 * 1024)
  /// The JSONL rows of `mentions`, then those of `dates`; handed over whole too.
  var json = ByteBuffer(capacity: 32 * 1024)
  /// The cache entry.
  var cache = CacheEncoder()

  /// The bytes of `parts`, handed over without copying; `parts` starts afresh.
  func takeParts() -> ByteStorage { Self.take(&parts) }

  /// The bytes of `json`, handed over without copying; `json` starts afresh.
  func takeJSON() -> ByteStorage { Self.take(&json) }

  /// The bytes of `buffer`, which starts afresh with room for a quarter more than they took.
  private static func take(_ buffer: inout ByteBuffer) -> ByteStorage {
    var fresh = ByteBuffer(capacity: max(buffer.count + buffer.count / 4, 4096))
    swap(&buffer, &fresh)
    return fresh.storage()
  }

  /// Forgets the contents and keeps the allocations.
  func removeAll() {
    parts.removeAll()
    json.removeAll()
    cache.removeAll()
  }
}
