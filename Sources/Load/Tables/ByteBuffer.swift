import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A growable, uniquely owned run of bytes that the formatters append into; cheaper per append
/// than `[UInt8]` (no uniqueness check, no generic `append(contentsOf:)`).
package struct ByteBuffer: ~Copyable {
  /// The start of the allocation.
  private var base: UnsafeMutablePointer<UInt8>
  /// The number of bytes allocated.
  package private(set) var capacity: Int
  /// The alignment of `base`, kept when the buffer grows.
  private let alignment: Int
  /// The number of bytes appended.
  package private(set) var count = 0

  /// Creates an empty buffer with room for `capacity` bytes before it grows, starting at an
  /// address that is a multiple of `alignment` (a power of two), as direct I/O needs.
  package init(capacity: Int = 256, alignment: Int = 1) {
    precondition(alignment > 0 && alignment & (alignment - 1) == 0, "alignment \(alignment)")
    self.capacity = max(capacity, 16)
    self.alignment = alignment
    base = Self.allocate(self.capacity, alignment: alignment)
  }

  deinit { base.deallocate() }

  /// The bytes appended so far, copied into an array.
  package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Whether nothing has been appended.
  package var isEmpty: Bool { count == 0 }

  /// Calls `body` with the appended bytes.
  package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Forgets the appended bytes and keeps the allocation.
  package mutating func removeAll() { count = 0 }

  /// Drops the first `length` bytes, moving the rest to the start.
  /// - Complexity: O(n) in the bytes kept.
  package mutating func removeFirst(_ length: Int) {
    precondition(length >= 0 && length <= count, "removeFirst(\(length)) of \(count) bytes")
    let kept = count - length
    if kept > 0 { UnsafeMutableRawPointer(base).copyMemory(from: base + length, byteCount: kept) }
    count = kept
  }

  /// Appends one byte.
  @inline(__always)
  package mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toAtLeast: count + 1) }
    base[count] = byte
    count += 1
  }

  /// Appends two bytes.
  @inline(__always)
  package mutating func append(_ first: UInt8, _ second: UInt8) {
    if count + 2 > capacity { grow(toAtLeast: count + 2) }
    base[count] = first
    base[count + 1] = second
    count += 2
  }

  /// Appends `bytes`.
  /// - Complexity: O(n) in `bytes.count`.
  @inline(__always)
  package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    let length = bytes.count
    if count + length > capacity { grow(toAtLeast: count + length) }
    if length > 16 {
      (base + count).update(from: bytes.baseAddress!, count: length)
    } else if length > 0 {
      Self.copyShort(bytes.baseAddress!, length, to: base + count)
    }
    count += length
  }

  /// Copies 1 to 16 bytes with two overlapping loads and stores, as `memcpy` does for short
  /// lengths, but without the call: most values of a row are a few bytes long.
  @inline(__always)
  private static func copyShort(
    _ source: UnsafePointer<UInt8>, _ length: Int, to target: UnsafeMutablePointer<UInt8>
  ) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if length >= 8 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    } else {
      target[0] = source[0]
      target[length / 2] = source[length / 2]
      target[length - 1] = source[length - 1]
    }
  }

  /// Appends the bytes of a static ASCII string such as `"true"`.
  @inline(__always)
  package mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends to `other` the bytes of this buffer from `offset` on (what was appended since the
  /// count was `offset`).
  /// - Complexity: O(n) in the number of bytes copied.
  @inline(__always)
  package func copyTail(from offset: Int, to other: inout ByteBuffer) {
    other.append(UnsafeBufferPointer(start: base + offset, count: count - offset))
  }

  /// Appends `bytes`.
  /// - Complexity: O(n) in `bytes.count`.
  /// Appends raw bytes.
  @inline(__always)
  package mutating func append(_ bytes: UnsafeRawBufferPointer) {
    append(bytes.assumingMemoryBound(to: UInt8.self))
  }

  /// Overwrites the bytes from `offset` on with `bytes`; they must lie within `count`.
  package mutating func overwrite(at offset: Int, with bytes: UnsafeRawBufferPointer) {
    precondition(offset >= 0 && offset + bytes.count <= count)
    if let source = bytes.baseAddress {
      (base + offset).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }
  }

  package mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Appends the UTF-8 bytes of `text`.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  package mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Trades contents and allocations with `other`, whose alignment must be the same.
  /// - Complexity: O(1).
  package mutating func exchange(with other: inout ByteBuffer) {
    precondition(alignment == other.alignment, "exchange of buffers of unlike alignment")
    (base, other.base) = (other.base, base)
    (capacity, other.capacity) = (other.capacity, capacity)
    (count, other.count) = (other.count, count)
  }

  /// Creates an empty buffer with room for at least `capacity` bytes, in an allocation taken
  /// from `allocations` when it holds one that large.
  package init(capacity: Int, from allocations: RecycledAllocations) {
    if let (base, kept) = allocations.take(atLeast: capacity) {
      self.init(adopting: base, capacity: kept)
    } else {
      self.init(capacity: capacity)
    }
  }

  /// An empty buffer in the allocation of `capacity` bytes at `base`, which it takes over.
  private init(adopting base: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.base = base
    self.capacity = capacity
    alignment = 1
  }

  /// Hands the appended bytes over to a `ByteStorage` without copying them; with
  /// `allocations`, the storage gives its allocation back there when it is freed.
  package consuming func storage(returningTo allocations: RecycledAllocations? = nil)
    -> ByteStorage
  {
    let storage = ByteStorage(
      base: base, count: count, capacity: capacity,
      returningTo: alignment == 1 ? allocations : nil)
    discard self
    return storage
  }

  /// Reallocates to at least `minimum` bytes, doubling to keep appends amortized O(1).
  private mutating func grow(toAtLeast minimum: Int) {
    let newCapacity = max(minimum, capacity * 2)
    let newBase = Self.allocate(newCapacity, alignment: alignment)
    newBase.moveInitialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Allocates `capacity` bytes at a multiple of `alignment`.
  private static func allocate(_ capacity: Int, alignment: Int) -> UnsafeMutablePointer<UInt8> {
    UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: alignment)
      .bindMemory(to: UInt8.self, capacity: capacity)
  }
}

/// Bytes handed over by a `ByteBuffer`, read-only from then on and freed with the last
/// reference; any thread may read them.
package final class ByteStorage: @unchecked Sendable {
  // @unchecked: the bytes are never written after the buffer handed them over.

  /// The start of the bytes.
  private let base: UnsafeMutablePointer<UInt8>
  /// The number of bytes.
  package let count: Int
  /// The size of the allocation.
  private let capacity: Int
  /// Where the allocation goes when the storage is freed, if not back to the system.
  private let allocations: RecycledAllocations?

  /// Takes over the allocation of `capacity` bytes at `base`, of which the first `count` bytes
  /// are in use; it goes to `allocations` when the storage is freed, if they have room.
  fileprivate init(
    base: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int,
    returningTo allocations: RecycledAllocations?
  ) {
    self.base = base
    self.count = count
    self.capacity = capacity
    self.allocations = allocations
  }

  deinit {
    if allocations?.give(base, capacity: capacity) != true { base.deallocate() }
  }

  /// The bytes.
  package var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}

/// Allocations of freed `ByteStorage`s kept for the next buffers, up to a count and a total
/// size.
///
/// Formatted documents are made on the workers and freed on the writer's thread; handing their
/// allocations back here, for the next document's buffers, spares the allocator a free and a
/// malloc of tens of kilobytes per document, which on glibc lock the arena of the thread that
/// allocated them and so made the threads wait on each other.
package final class RecycledAllocations: Sendable {
  /// The kept allocations, address (as a bit pattern, which is `Sendable`) and size, and their
  /// total size.
  private let kept = Mutex<(entries: [(address: UInt, capacity: Int)], bytes: Int)>(([], 0))
  /// The most allocations kept.
  private let limit: Int
  /// The most bytes kept in all (a long document's buffers are freed, not kept).
  private let byteLimit: Int

  /// Keeps up to `limit` allocations of together at most `byteLimit` bytes.
  package init(limit: Int, byteLimit: Int) {
    self.limit = limit
    self.byteLimit = byteLimit
  }

  deinit {
    kept.withLock { kept in
      for entry in kept.entries {
        UnsafeMutablePointer<UInt8>(bitPattern: entry.address)?.deallocate()
      }
    }
  }

  /// The most recently kept allocation, if it holds at least `capacity` bytes; one that is
  /// smaller is freed (the buffers of one kind need about the same room).
  /// - Complexity: O(1).
  func take(atLeast capacity: Int) -> (UnsafeMutablePointer<UInt8>, Int)? {
    let taken: (address: UInt, capacity: Int)? = kept.withLock { kept in
      guard let entry = kept.entries.popLast() else { return nil }
      kept.bytes -= entry.capacity
      return entry
    }
    guard let taken, let base = UnsafeMutablePointer<UInt8>(bitPattern: taken.address) else {
      return nil
    }
    guard taken.capacity >= capacity else {
      base.deallocate()
      return nil
    }
    return (base, taken.capacity)
  }

  /// Keeps the allocation of `capacity` bytes at `base`; `false` when the count or the size
  /// limit would be passed (the caller frees it).
  /// - Complexity: O(1), amortized.
  func give(_ base: UnsafeMutablePointer<UInt8>, capacity: Int) -> Bool {
    kept.withLock { kept in
      guard kept.entries.count < limit, kept.bytes + capacity <= byteLimit else { return false }
      kept.entries.append((UInt(bitPattern: base), capacity))
      kept.bytes += capacity
      return true
    }
  }

  /// The number of allocations kept.
  package var count: Int { kept.withLock { $0.entries.count } }

  /// The bytes kept.
  package var bytes: Int { kept.withLock { $0.bytes } }
}
