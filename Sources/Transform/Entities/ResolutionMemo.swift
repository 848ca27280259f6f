/// Name resolutions a worker has made, by the name's bytes and the type asked for, so that each
/// name is resolved once. Names compare by their UTF-8 bytes: `String` equality normalizes
/// non-ASCII text first, which costs more than the lookup saves; canonically equal spellings
/// just get entries of their own.
struct ResolutionMemo {
  /// The names, numbered as `types` and `values`.
  private var names = ByteKeyIndex()
  /// The type asked for with each name.
  private var types: [EntityType?] = []
  /// The resolution of each name.
  private var values: [NameResolution] = []

  /// An empty memo.
  init() {}

  /// The number of resolutions kept.
  var count: Int { values.count }

  /// Whether nothing is kept.
  var isEmpty: Bool { values.isEmpty }

  /// Forgets every resolution, keeping the memory when `keepingCapacity` is set.
  mutating func removeAll(keepingCapacity: Bool = false) {
    names.removeAll(keepingCapacity: keepingCapacity)
    types.removeAll(keepingCapacity: keepingCapacity)
    values.removeAll(keepingCapacity: keepingCapacity)
  }

  /// The resolution kept for `name` asked with `type`; on a miss, `make`'s, which is kept.
  /// One probe either way.
  /// - Complexity: O(n) in the length of the name, amortized, plus `make` on a miss.
  mutating func resolution(
    of name: UnsafeBufferPointer<UInt8>, type: EntityType?, orMake make: () -> NameResolution
  ) -> NameResolution {
    let hash = Self.hash(name, type)
    let slot = names.probe(name, hash: hash) { types[$0] == type }
    if let known = names.number(at: slot) { return values[known] }
    let resolution = make()
    _ = names.insert(name, hash: hash, at: slot)
    types.append(type)
    values.append(resolution)
    return resolution
  }

  /// The key hash of `name` with `type` mixed in, so that one name asked with two types takes
  /// two slots.
  private static func hash(_ name: UnsafeBufferPointer<UInt8>, _ type: EntityType?) -> UInt64 {
    let salt: UInt64 =
      switch type {
      case nil: 0
      case .person?: 0x9e37_79b9_7f4a_7c15
      case .organization?: 0xc2b2_ae3d_27d4_eb4f
      case .location?: 0x1656_67b1_9e37_79f9
      }
    return ByteKeyIndex.hash(name) ^ salt
  }
}
