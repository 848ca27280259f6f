#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One worker's memory of token spellings: raw token bytes to their `TokenFacts`, and names to
/// their `NameResolution`s, so that the entity tagger works out each spelling once.
///
/// An open-addressing hash table over the raw bytes, stored in one arena, so that a lookup
/// allocates nothing. It is used by one thread at a time (a `TokenFactsPool` hands it out) and
/// is emptied between documents once it holds `capacityLimit` spellings, so its memory is
/// bounded whatever the corpus size. Its contents never change a result, only its speed.
final class TokenFactsTable: @unchecked Sendable {
  /// The spellings (and resolutions) kept before the table starts afresh.
  static let capacityLimit = 1 << 17

  /// The facts, by the index `index(of:in:)` and `add(_:for:in:)` return.
  private(set) var facts: [TokenFacts] = []
  /// Name resolutions already made, by name and requested type.
  var resolutions: [ResolutionKey: NameResolution] = [:]

  /// A name and the type asked for, as a resolution memo key. Names compare and hash by their
  /// UTF-8 bytes: `String`'s own equality normalizes non-ASCII text first, which costs more
  /// than the lookup saves; canonically equal spellings just get entries of their own.
  struct ResolutionKey: Hashable {
    /// The name as passed to the resolver.
    var name: String
    /// The requested type.
    var type: EntityType?

    /// Equal when the bytes and the type are.
    static func == (lhs: ResolutionKey, rhs: ResolutionKey) -> Bool {
      lhs.type == rhs.type && lhs.name.utf8.elementsEqual(rhs.name.utf8)
    }

    /// Feeds the type and the name's bytes.
    func hash(into hasher: inout Hasher) {
      hasher.combine(type)
      var name = name
      name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Slot → fact index + 1 (0 is empty); the slot count is a power of two.
  private var slots: [Int32]
  /// Per fact: the hash, the arena offset and the length of its bytes.
  private var keys: [(hash: UInt64, offset: Int32, length: Int32)] = []
  /// The raw bytes of every spelling, back to back.
  private var arena: [UInt8] = []

  /// An empty table.
  init() {
    slots = [Int32](repeating: 0, count: 1024)
  }

  /// Empties the table when it has grown past `capacityLimit`; call between documents.
  func trimIfFull() {
    guard facts.count >= Self.capacityLimit || resolutions.count >= Self.capacityLimit else { return }
    facts.removeAll()
    keys.removeAll()
    arena.removeAll()
    resolutions.removeAll()
    slots = [Int32](repeating: 0, count: 1024)
  }

  /// The fact indices of every token of `text`, adding the spellings the table does not know
  /// with facts from `make`.
  /// - Complexity: O(n) in the length of the text, amortized.
  func indices(of tokens: [Token], in text: [UInt8], make: (ArraySlice<UInt8>) -> TokenFacts) -> [Int32] {
    var result = [Int32](repeating: -1, count: tokens.count)
    var misses = false
    // First every lookup with the buffers held once, then the additions, which move them.
    text.withUnsafeBufferPointer { whole in
      slots.withUnsafeBufferPointer { slots in
        keys.withUnsafeBufferPointer { keys in
          arena.withUnsafeBufferPointer { arena in
            for (position, token) in tokens.enumerated() {
              let bytes = UnsafeBufferPointer(rebasing: whole[token.start..<token.end])
              let slot = Self.probe(bytes, hash: Self.hash(bytes), slots, keys, arena)
              let stored = slots[slot]
              if stored == 0 { misses = true } else { result[position] = stored - 1 }
            }
          }
        }
      }
    }
    guard misses else { return result }
    for (position, token) in tokens.enumerated() where result[position] < 0 {
      let range = token.start..<token.end
      result[position] = Int32(index(of: range, in: text) ?? add(make(text[range]), for: range, in: text))
    }
    return result
  }

  /// The index of the facts for `text[range]`, or `nil` when the table does not know them yet.
  /// - Complexity: O(n) in the length of the range.
  func index(of range: Range<Int>, in text: [UInt8]) -> Int? {
    let (slot, _) = probe(range, text)
    let stored = Int(slots[slot])
    return stored == 0 ? nil : stored - 1
  }

  /// Adds the facts of `text[range]`, which the table does not know yet; returns their index.
  /// - Complexity: O(n) in the length of the range, amortized.
  func add(_ newFacts: TokenFacts, for range: Range<Int>, in text: [UInt8]) -> Int {
    let (slot, hash) = probe(range, text)
    precondition(slots[slot] == 0, "facts added twice")
    let index = facts.count
    facts.append(newFacts)
    keys.append((hash, Int32(arena.count), Int32(range.count)))
    arena.append(contentsOf: text[range])
    slots[slot] = Int32(index + 1)
    if facts.count * 2 > slots.count { grow() }
    return index
  }

  /// The slot that holds `text[range]`, or the empty slot where it belongs, and its hash.
  private func probe(_ range: Range<Int>, _ text: [UInt8]) -> (slot: Int, hash: UInt64) {
    text.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[range])
      let hash = Self.hash(bytes)
      let slot = slots.withUnsafeBufferPointer { slots in
        keys.withUnsafeBufferPointer { keys in
          arena.withUnsafeBufferPointer { arena in Self.probe(bytes, hash: hash, slots, keys, arena) }
        }
      }
      return (slot, hash)
    }
  }

  /// The slot that holds `bytes`, or the empty slot where they belong.
  @inline(__always)
  private static func probe(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ slots: UnsafeBufferPointer<Int32>,
    _ keys: UnsafeBufferPointer<(hash: UInt64, offset: Int32, length: Int32)>, _ arena: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { return slot }
      let key = keys[stored - 1]
      if key.hash == hash, Int(key.length) == bytes.count,
        bytes.isEmpty || memcmp(arena.baseAddress! + Int(key.offset), bytes.baseAddress!, bytes.count) == 0
      {
        return slot
      }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the slots and puts every spelling back.
  private func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// FNV-1a of the bytes, with a final mix so that the low bits used for slots are well spread.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = 0
    while index < bytes.count {
      hash ^= UInt64(bytes[index])
      hash &*= 0x0000_0100_0000_01B3
      index += 1
    }
    hash ^= hash >> 29
    hash &*= 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
