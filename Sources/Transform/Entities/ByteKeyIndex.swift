import Extract

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open-addressing hash index from byte strings to the numbers 0, 1, 2, … in the order they
/// were inserted; the owner keeps what each number stands for.
///
/// The keys' bytes live back to back in one arena, and each slot carries the upper hash bits,
/// the offset and length of its key, so a lookup allocates nothing and touches one slot and the
/// arena. Keys compare by their bytes, never by `String` equality.
struct ByteKeyIndex: Sendable {
  /// One slot: the upper hash bits, the key's number + 1 (0 marks an empty slot), and where the
  /// key's bytes are.
  struct Slot: Sendable {
    var tag: UInt32 = 0
    var number: Int32 = 0
    var offset: Int32 = 0
    var length: Int32 = 0
  }

  /// How many slots an empty index starts with.
  private static let initialSlots = 1024

  /// The slots; their count is a power of two, at least twice the keys.
  private(set) var slots = [Slot](repeating: Slot(), count: initialSlots)
  /// The bytes of every key, back to back.
  private(set) var arena: [UInt8] = []
  /// The hash of each key, by number, for growing.
  private var hashes: [UInt64] = []

  /// An empty index.
  init() {}

  /// The number of keys.
  var count: Int { hashes.count }

  /// Forgets every key. With `keepingCapacity`, the slots keep their count (cleared in place)
  /// and the arrays their memory, for an index that fills up again to about the same size.
  mutating func removeAll(keepingCapacity: Bool = false) {
    hashes.removeAll(keepingCapacity: keepingCapacity)
    arena.removeAll(keepingCapacity: keepingCapacity)
    if keepingCapacity {
      slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot()) }
    } else {
      slots = [Slot](repeating: Slot(), count: Self.initialSlots)
    }
  }

  /// The hash of the bytes (`ByteHash`), whose low bits pick the slot and high bits the tag.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    ByteHash.hash(bytes)
  }

  /// The slot that holds a key equal to `bytes` whose number `accepts`, or the empty slot where
  /// such a key belongs; `slots` and `arena` are this index's, held by the caller.
  @inline(__always)
  static func probe(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ slots: UnsafeBufferPointer<Slot>,
    _ arena: UnsafeBufferPointer<UInt8>, accepts: (Int) -> Bool = { _ in true }
  ) -> Int {
    let mask = slots.count - 1
    let tag = UInt32(truncatingIfNeeded: hash >> 32)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.number == 0 { return slot }
      if entry.tag == tag, Int(entry.length) == bytes.count,
        bytes.isEmpty
          || memcmp(arena.baseAddress! + Int(entry.offset), bytes.baseAddress!, bytes.count) == 0,
        accepts(Int(entry.number) - 1)
      {
        return slot
      }
      slot = (slot + 1) & mask
    }
  }

  /// `probe` with this index's buffers.
  func probe(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, accepts: (Int) -> Bool = { _ in true }
  ) -> Int {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        Self.probe(bytes, hash: hash, slots, arena, accepts: accepts)
      }
    }
  }

  /// The number of the key in `slot`, or `nil` for an empty slot.
  @inline(__always)
  func number(at slot: Int) -> Int? {
    let stored = Int(slots[slot].number)
    return stored == 0 ? nil : stored - 1
  }

  /// The number of the key equal to `bytes`, or `nil` when there is none.
  /// - Complexity: O(n) in the length of the key, expected.
  func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    number(at: probe(bytes, hash: Self.hash(bytes)))
  }

  /// Whether the UTF-8 bytes of `key` are one of the keys, read in place.
  /// - Complexity: O(n) in the length of the key, expected.
  func contains(_ key: String) -> Bool {
    if let found = key.utf8.withContiguousStorageIfAvailable({ number(of: $0) != nil }) {
      return found
    }
    return Array(key.utf8).withUnsafeBufferPointer { number(of: $0) != nil }
  }

  /// The number of the key equal to `bytes`, storing them as the next key first when new.
  /// - Complexity: O(n) in the length of the key, amortized.
  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = Self.hash(bytes)
    let slot = probe(bytes, hash: hash)
    return number(at: slot) ?? insert(bytes, hash: hash, at: slot)
  }

  /// Stores `bytes` as the next key in the empty `slot` that `probe` returned for them, and
  /// returns its number.
  /// - Complexity: O(n) in the length of the key, amortized.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, at slot: Int) -> Int {
    let number = hashes.count
    hashes.append(hash)
    slots[slot] = Slot(
      tag: UInt32(truncatingIfNeeded: hash >> 32), number: Int32(number + 1),
      offset: Int32(arena.count), length: Int32(bytes.count))
    arena.append(contentsOf: bytes)
    if hashes.count * 2 > slots.count { grow() }
    return number
  }

  /// Doubles the slots and puts every key back.
  private mutating func grow() {
    var grown = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = grown.count - 1
    for entry in slots where entry.number != 0 {
      let hash = hashes[Int(entry.number) - 1]
      var slot = Int(truncatingIfNeeded: hash) & mask
      while grown[slot].number != 0 { slot = (slot + 1) & mask }
      grown[slot] = entry
    }
    slots = grown
  }
}
