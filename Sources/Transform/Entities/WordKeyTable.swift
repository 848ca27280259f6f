/// A read-only table from folded words to values, probed by the digest each `WordKey` carries.
///
/// Built once from a dictionary; a look-up mixes the digest and compares bytes, where a
/// `Dictionary` keyed by `WordKey` runs a seeded `Hasher` over the digest for every probe. The
/// entity tagger asks its word lists several times for every spelling it has not seen before.
package struct WordKeyTable<Value: Sendable>: Sendable {
  /// Per slot, entry number + 1 in the low 32 bits (0 for an empty slot) and the digest's high
  /// 32 bits above, so that most probes for an absent word end without reading a key; the
  /// count is a power of two, at least twice the entries.
  private let slots: [UInt64]
  /// The keys, by entry number.
  private let keys: [WordKey]
  /// The values, by entry number.
  private let values: [Value]
  /// How far a mixed digest is shifted to give a slot.
  private let shift: UInt64

  /// The entries of `dictionary`.
  /// - Complexity: O(n) in the number of entries.
  package init(_ dictionary: [WordKey: Value]) {
    // In the order of their bytes, so that the table's layout never depends on the seed of the
    // dictionary's hashing.
    let entries = dictionary.sorted { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }
    var bits: UInt64 = 4
    while (1 << bits) < 2 * entries.count { bits += 1 }
    shift = 64 - bits
    var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
    let mask = slots.count - 1
    for (number, entry) in entries.enumerated() {
      var slot = Self.home(entry.key.digest, shift)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Self.tag(entry.key.digest) | UInt64(number + 1)
    }
    self.slots = slots
    keys = entries.map(\.key)
    values = entries.map(\.value)
  }

  /// The number of entries.
  package var count: Int { keys.count }

  /// The value of `key`, or `nil` when the table does not hold it.
  /// - Complexity: O(n) in the length of the key, expected.
  package subscript(_ key: WordKey) -> Value? {
    let mask = slots.count - 1
    let tag = Self.tag(key.digest)
    var slot = Self.home(key.digest, shift)
    while slots[slot] != 0 {
      if slots[slot] & 0xFFFF_FFFF_0000_0000 == tag {
        let number = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
        if keys[number].digest == key.digest && keys[number].bytes == key.bytes {
          return values[number]
        }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether the table holds `key`.
  /// - Complexity: O(n) in the length of the key, expected.
  package func contains(_ key: WordKey) -> Bool { self[key] != nil }

  /// The high 32 bits of `digest`, in place, as slots hold them.
  @inline(__always)
  private static func tag(_ digest: UInt64) -> UInt64 { digest & 0xFFFF_FFFF_0000_0000 }

  /// The first slot to probe for `digest`: the high bits of a multiplicative mix of it, so that
  /// all of its bits pick the slot.
  @inline(__always)
  private static func home(_ digest: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
