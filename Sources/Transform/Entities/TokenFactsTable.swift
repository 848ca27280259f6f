#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One worker's memory of token spellings: raw token bytes to their `TokenFacts`, and names to
/// their `NameResolution`s, so that the entity tagger works out each spelling once.
///
/// An open-addressing hash table over the raw bytes, stored in one arena, so that a lookup
/// allocates nothing; each slot carries the hash, offset and length of its spelling, so a lookup
/// touches one slot and the arena. It is used by one thread at a time (a `TokenFactsPool` hands
/// it out) and is emptied between documents once it holds `capacityLimit` spellings, so its
/// memory is bounded whatever the corpus size. Its contents never change a result, only its
/// speed.
final class TokenFactsTable: @unchecked Sendable {
  /// The spellings (and resolutions) kept before the table starts afresh.
  static let capacityLimit = 1 << 15

  /// The facts, by the index `indices(of:in:make:)` and `add(_:for:in:)` return.
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

  /// One slot: the upper hash bits, where the spelling's bytes are, and its facts index + 1
  /// (0 marks an empty slot).
  private struct Slot {
    var tag: UInt32 = 0
    var index: Int32 = 0
    var offset: Int32 = 0
    var length: Int32 = 0
  }

  /// The slots; their count is a power of two, at least twice the spellings.
  private var slots: [Slot]
  /// The raw bytes of every spelling, back to back.
  private var arena: [UInt8] = []
  /// The hash of each spelling, for growing.
  private var hashes: [UInt64] = []

  /// An empty table.
  init() {
    slots = [Slot](repeating: Slot(), count: 1024)
    resolutions.reserveCapacity(1 << 12)
  }

  /// Empties the table when it has grown past `capacityLimit`; call between documents.
  func trimIfFull() {
    guard facts.count >= Self.capacityLimit || resolutions.count >= Self.capacityLimit else {
      return
    }
    facts.removeAll()
    hashes.removeAll()
    arena.removeAll()
    resolutions.removeAll()
    slots = [Slot](repeating: Slot(), count: 1024)
  }

  /// The fact indices of every token of `text`, adding the spellings the table does not know
  /// with facts from `make`.
  /// - Complexity: O(n) in the length of the text, amortized.
  func indices(of tokens: [Token], in text: [UInt8], make: (ArraySlice<UInt8>) -> TokenFacts)
    -> [Int32]
  {
    var result = [Int32](repeating: -1, count: tokens.count)
    var misses = false
    // First every lookup with the buffers held once, then the additions, which move them.
    text.withUnsafeBufferPointer { whole in
      slots.withUnsafeBufferPointer { slots in
        arena.withUnsafeBufferPointer { arena in
          for (position, token) in tokens.enumerated() {
            let bytes = UnsafeBufferPointer(rebasing: whole[token.start..<token.end])
            let stored = slots[Self.probe(bytes, hash: Self.hash(bytes), slots, arena)].index
            if stored == 0 { misses = true } else { result[position] = stored - 1 }
          }
        }
      }
    }
    guard misses else { return result }
    for (position, token) in tokens.enumerated() where result[position] < 0 {
      let range = token.start..<token.end
      result[position] = Int32(index(of: range, in: text, addingWith: make))
    }
    return result
  }

  /// The index of the facts for `text[range]`, or `nil` when the table does not know them yet.
  /// - Complexity: O(n) in the length of the range.
  func index(of range: Range<Int>, in text: [UInt8]) -> Int? {
    let stored = Int(slots[probe(range, text).slot].index)
    return stored == 0 ? nil : stored - 1
  }

  /// Adds the facts of `text[range]` unless the table knows the spelling already; returns the
  /// index of the facts it keeps.
  /// - Complexity: O(n) in the length of the range, amortized.
  func add(_ newFacts: TokenFacts, for range: Range<Int>, in text: [UInt8]) -> Int {
    index(of: range, in: text) { _ in newFacts }
  }

  /// The index of the facts for `text[range]`, adding them from `make` when the table does not
  /// know the spelling yet; one probe either way.
  /// - Complexity: O(n) in the length of the range, amortized.
  private func index(
    of range: Range<Int>, in text: [UInt8], addingWith make: (ArraySlice<UInt8>) -> TokenFacts
  ) -> Int {
    let (slot, hash) = probe(range, text)
    if slots[slot].index != 0 { return Int(slots[slot].index) - 1 }
    let index = facts.count
    facts.append(make(text[range]))
    hashes.append(hash)
    slots[slot] = Slot(
      tag: Self.tag(hash), index: Int32(index + 1), offset: Int32(arena.count),
      length: Int32(range.count))
    arena.append(contentsOf: text[range])
    if facts.count * 2 > slots.count { grow() }
    return index
  }

  /// The slot that holds `text[range]`, or the empty slot where it belongs, and its hash.
  private func probe(_ range: Range<Int>, _ text: [UInt8]) -> (slot: Int, hash: UInt64) {
    text.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[range])
      let hash = Self.hash(bytes)
      let slot = slots.withUnsafeBufferPointer { slots in
        arena.withUnsafeBufferPointer { arena in Self.probe(bytes, hash: hash, slots, arena) }
      }
      return (slot, hash)
    }
  }

  /// The slot that holds `bytes`, or the empty slot where they belong.
  @inline(__always)
  private static func probe(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ slots: UnsafeBufferPointer<Slot>,
    _ arena: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let mask = slots.count - 1
    let tag = Self.tag(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.index == 0 { return slot }
      if entry.tag == tag, Int(entry.length) == bytes.count,
        bytes.isEmpty
          || memcmp(arena.baseAddress! + Int(entry.offset), bytes.baseAddress!, bytes.count) == 0
      {
        return slot
      }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the slots and puts every spelling back.
  private func grow() {
    var grown = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = grown.count - 1
    for entry in slots where entry.index != 0 {
      let hash = hashes[Int(entry.index) - 1]
      var slot = Int(truncatingIfNeeded: hash) & mask
      while grown[slot].index != 0 { slot = (slot + 1) & mask }
      grown[slot] = entry
    }
    slots = grown
  }

  /// The upper half of a hash, compared before any bytes.
  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

  /// FNV-1a of the bytes, with a final mix so that the low bits used for slots are well spread.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = NameResolver.fnv1a(bytes)
    hash ^= hash >> 29
    hash &*= 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
