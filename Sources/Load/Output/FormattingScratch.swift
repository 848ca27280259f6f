/// Buffers a worker formats one document into: the row buffers go to the formatted document
/// whole, the cache entry's encoder is kept between documents.
final class FormattingScratch: @unchecked Sendable {
  // @unchecked: a scratch is used by one thread at a time; `FormattingScratchPool` hands it
  // out and takes it back under a lock, which orders the accesses of successive users.

  /// The document's parts except the JSONL rows of `mentions` and `dates`, back to back;
  /// handed over whole to the formatted document.
  var parts = ByteBuffer(capacity: 64 * 1024)
  /// The JSONL rows of `mentions`, then those of `dates`; handed over whole too.
  var json = ByteBuffer(capacity: 32 * 1024)
  /// The encoder of the cache entry, which it appends to `parts` (borrowing that buffer).
  var cache = CacheEncoder()

  /// The allocations of formatted documents' `parts` once they are written, for the next: as
  /// many as the batches waiting for the writer and the one being formatted hold, 16 MiB at
  /// most.
  private static let partsAllocations = RecycledAllocations(limit: 256, byteLimit: 16 << 20)
  /// The allocations of formatted documents' `json` once they are written, for the next.
  private static let jsonAllocations = RecycledAllocations(limit: 256, byteLimit: 16 << 20)

  /// The bytes of `parts`, handed over without copying; `parts` starts afresh.
  func takeParts() -> ByteStorage { Self.take(&parts, Self.partsAllocations) }

  /// The bytes of `json`, handed over without copying; `json` starts afresh.
  func takeJSON() -> ByteStorage { Self.take(&json, Self.jsonAllocations) }

  /// The bytes of `buffer`, which starts afresh with room for a quarter more than they took, in
  /// an allocation from `allocations` if one is kept there; the storage goes back there.
  private static func take(_ buffer: inout ByteBuffer, _ allocations: RecycledAllocations)
    -> ByteStorage
  {
    var fresh = ByteBuffer(
      capacity: max(buffer.count + buffer.count / 4, 4096), from: allocations)
    swap(&buffer, &fresh)
    return fresh.storage(returningTo: allocations)
  }

  /// Forgets the contents and keeps the allocations.
  func removeAll() {
    parts.removeAll()
    json.removeAll()
    cache.removeAll()
  }
}
