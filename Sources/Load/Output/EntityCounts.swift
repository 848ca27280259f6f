import Transform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The counts of one entity over the run (or over a part of it), with its surfaces, for
/// `entities` and `variants`.
struct EntityCounts: Equatable {
  /// The canonical name from the first document that mentioned the entity.
  var canonicalName: String
  /// The type from that document.
  var type: EntityType
  /// Mentions by name.
  var names = 0
  /// Mentions as an adjective or demonym.
  var adjectives = 0
  /// Documents that mention the entity.
  var documents = 0
  /// The surfaces the entity was mentioned by, in order of first appearance.
  var surfaces: [SurfaceCounts] = []
  /// The index in `surfaces` of each surface text, built only once an entity has more than
  /// `linearSurfaces` of them: most entities have one or two, and an empty dictionary costs
  /// nothing while a filled one costs hundreds of bytes per entity.
  private var surfaceIndex: [String: Int] = [:]

  /// Up to this many surfaces are found by scanning `surfaces`.
  static let linearSurfaces = 8

  /// Empty counts for an entity first seen with this name and type.
  init(canonicalName: String, type: EntityType) {
    self.canonicalName = canonicalName
    self.type = type
  }

  /// Adds one document's counts of this entity, whose surfaces are `surfaces`.
  /// - Complexity: O(distinct surfaces, hows and methods in `entity`), expected.
  mutating func add(_ entity: MentionTally.Entity, surfaces: ArraySlice<MentionTally.Surface>) {
    names += entity.names
    adjectives += entity.adjectives
    documents += 1
    for surface in surfaces {
      add(surface.text) {
        $0.add(count: surface.count, documents: 1, hows: surface.hows, methods: surface.methods)
      }
    }
  }

  /// Adds the counts of a later part of the run; the name and type stay the earlier ones.
  /// - Complexity: O(distinct surfaces, hows and methods in `later`), expected.
  mutating func merge(_ later: EntityCounts) {
    names += later.names
    adjectives += later.adjectives
    documents += later.documents
    for surface in later.surfaces {
      add(surface.text) {
        $0.add(
          count: surface.count, documents: surface.documents, hows: surface.hows,
          methods: surface.methods)
      }
    }
  }

  /// Equal when the names, type and every count are.
  static func == (lhs: EntityCounts, rhs: EntityCounts) -> Bool {
    lhs.canonicalName == rhs.canonicalName && lhs.type == rhs.type && lhs.names == rhs.names
      && lhs.adjectives == rhs.adjectives && lhs.documents == rhs.documents
      && lhs.surfaces == rhs.surfaces
  }

  /// Updates the surface `text`, adding it first if new.
  private mutating func add(_ text: String, _ update: (inout SurfaceCounts) -> Void) {
    if let index = position(of: text) {
      update(&surfaces[index])
      return
    }
    surfaces.append(SurfaceCounts(text: text))
    update(&surfaces[surfaces.count - 1])
    guard surfaces.count > Self.linearSurfaces else { return }
    if surfaceIndex.isEmpty {
      for (index, known) in surfaces.enumerated() { surfaceIndex[known.text] = index }
    } else {
      surfaceIndex[text] = surfaces.count - 1
    }
  }

  /// The index in `surfaces` of `text`, if the entity has that surface.
  private func position(of text: String) -> Int? {
    if surfaces.count > Self.linearSurfaces { return surfaceIndex[text] }
    return surfaces.firstIndex { $0.text == text }
  }
}

extension EntityCounts {
  /// The counts as bytes, for a spill run.
  /// - Complexity: O(size of the counts).
  func encoded() -> [UInt8] {
    var encoder = CacheEncoder()
    encoder.string(canonicalName)
    encoder.string(type.rawValue)
    for value in [names, adjectives, documents, surfaces.count] { encoder.integer(value) }
    for surface in surfaces {
      encoder.string(surface.text)
      encoder.integer(surface.count)
      encoder.integer(surface.documents)
      Self.encode(surface.hows, into: &encoder)
      Self.encode(surface.methods, into: &encoder)
    }
    return encoder.bytes
  }

  /// Counts from `encoded()` bytes.
  /// - Complexity: O(size of the counts).
  init(encoded bytes: [UInt8], path: String) throws(OutputError) {
    do throws(CacheDecoder.Corrupt) {
      var decoder = CacheDecoder(bytes)
      let name = try decoder.string()
      guard let type = EntityType(rawValue: try decoder.string()) else {
        throw CacheDecoder.Corrupt()
      }
      self.init(canonicalName: name, type: type)
      names = try decoder.integer()
      adjectives = try decoder.integer()
      documents = try decoder.integer()
      var decoded: [SurfaceCounts] = []
      for _ in 0..<max(try decoder.integer(), 0) {
        var surface = SurfaceCounts(text: try decoder.string())
        surface.count = try decoder.integer()
        surface.documents = try decoder.integer()
        surface.hows = try Self.decodeCounts(from: &decoder)
        surface.methods = try Self.decodeCounts(from: &decoder)
        decoded.append(surface)
      }
      setSurfaces(decoded)
    } catch {
      throw OutputError(.read, path: path, code: EIO)  // a damaged run file
    }
  }

  /// Writes the cases that occurred, as their ordinals, each with its count.
  private static func encode<Value>(_ counts: CaseCounts<Value>, into encoder: inout CacheEncoder) {
    let nonzero = counts.nonzero
    encoder.integer(nonzero.count)
    for (value, count) in nonzero {
      encoder.integer(value.ordinal)
      encoder.integer(count)
    }
  }

  /// Counts written by `encode(_:into:)`.
  private static func decodeCounts<Value>(from decoder: inout CacheDecoder)
    throws(CacheDecoder.Corrupt) -> CaseCounts<Value>
  {
    var counts = CaseCounts<Value>()
    for _ in 0..<max(try decoder.integer(), 0) {
      guard let value = Value(ordinal: try decoder.integer()) else { throw CacheDecoder.Corrupt() }
      counts.add(value, count: try decoder.integer())
    }
    return counts
  }

  /// Takes decoded surfaces as they are.
  private mutating func setSurfaces(_ decoded: [SurfaceCounts]) {
    surfaces = decoded
    surfaceIndex = [:]
    guard surfaces.count > Self.linearSurfaces else { return }
    for (index, surface) in surfaces.enumerated() { surfaceIndex[surface.text] = index }
  }
}
