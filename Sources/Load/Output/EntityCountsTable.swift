import Extract
import Transform

/// The run's entity counts by entity id, in arrays numbered by first appearance and an
/// open-addressing index over the ids' digests (`ByteHash`).
///
/// The digests come with each document's `MentionTally`, worked out on a worker thread, so
/// the serial writer finds an entity with one integer probe and one string comparison instead
/// of hashing its id again; growing the index moves digests, never rehashes strings.
struct EntityCountsTable {
  /// The entity ids, by entity number.
  private(set) var ids: [String] = []
  /// The counts, by entity number.
  private(set) var counts: [EntityCounts] = []
  /// The digest of each id, by entity number.
  private var digests: [UInt64] = []
  /// Entity number + 1 per slot, 0 for an empty slot; the count is a power of two, at most
  /// half full.
  private var slots: [Int32] = []

  /// The entities in the table.
  var count: Int { ids.count }
  /// Whether the table holds no entity.
  var isEmpty: Bool { ids.isEmpty }

  /// The digest `MentionTally` gives an entity id.
  /// - Complexity: O(n) in the UTF-8 length of `id`.
  static func digest(of id: String) -> UInt64 {
    // Through the UTF-8 view, which lends a native string's bytes without the copy (a retain and
    // a release) that the mutating `withUTF8` needs.
    if let digest = id.utf8.withContiguousStorageIfAvailable({ ByteHash.hash($0) }) {
      return digest
    }
    var id = id
    return id.withUTF8 { ByteHash.hash($0) }
  }

  /// Adds one document's counts of an entity of `tally`, which must carry `digest(of:)` of its
  /// id; the first document that mentions an entity gives its canonical name and type.
  /// - Complexity: O(distinct surfaces, hows and methods in `entity`), expected, amortized.
  mutating func add(_ entity: MentionTally.Entity, of tally: MentionTally) {
    let number = self.number(of: entity.id, digest: entity.digest) {
      EntityCounts(canonicalName: entity.canonicalName, type: entity.type)
    }
    counts[number].add(entity, surfaces: tally.surfaces(of: entity))
  }

  /// Empties the table, keeping its memory for the entities that come next.
  mutating func removeAll() {
    ids.removeAll(keepingCapacity: true)
    counts.removeAll(keepingCapacity: true)
    digests.removeAll(keepingCapacity: true)
    for slot in slots.indices { slots[slot] = 0 }
  }

  /// The number of the entity `id`, added with the counts `make` gives when it is new.
  private mutating func number(
    of id: String, digest: UInt64, orAdd make: () -> EntityCounts
  ) -> Int {
    if slots.isEmpty { slots = [Int32](repeating: 0, count: 64) }
    let mask = slots.count - 1
    var slot = Self.home(digest, mask)
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if digests[number] == digest && ids[number] == id { return number }
      slot = (slot + 1) & mask
    }
    let number = ids.count
    ids.append(id)
    digests.append(digest)
    counts.append(make())
    slots[slot] = Int32(number + 1)
    if ids.count * 2 > slots.count { grow() }
    return number
  }

  /// Doubles the slots and places every entity again by its digest.
  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for number in digests.indices {
      var slot = Self.home(digests[number], mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number + 1)
    }
  }

  /// The first slot to probe for `digest`: the high bits of a multiplicative mix of it, so that
  /// all of its bits pick the slot.
  private static func home(_ digest: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
