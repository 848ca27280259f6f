import Load
import Transform

/// `EntityStatistics` as it was before `MentionTally`: counted mention by mention. The tests
/// check that the statistics still give exactly these rows.
struct ReferenceEntityStatistics {
  /// Per entity.
  private struct EntityCounts {
    var canonicalName: String
    var type: EntityType
    var names = 0
    var adjectives = 0
    var documents = 0
    var lastDocument = -1
    var surfaces: [String: Int] = [:]
  }

  /// Per surface and entity.
  private struct SurfaceCounts {
    var count = 0
    var documents = 0
    var lastDocument = -1
    var hows: [String: Int] = [:]
    var methods: [String: Int] = [:]
  }

  private var entities: [String: EntityCounts] = [:]
  private var surfaces: [SurfaceKey: SurfaceCounts] = [:]
  private var documentIndex = 0

  /// A surface and the entity it was linked to.
  private struct SurfaceKey: Hashable {
    var surface: String
    var entityID: String
  }

  /// Creates empty statistics.
  init() {}

  /// Adds one document's mentions.
  mutating func add(_ mentions: [MentionRecord]) {
    documentIndex += 1
    for record in mentions {
      let mention = record.mention
      var counts =
        entities[mention.entityID]
        ?? EntityCounts(canonicalName: mention.canonicalName, type: mention.type)
      if mention.form == .name { counts.names += 1 } else { counts.adjectives += 1 }
      if counts.lastDocument != documentIndex {
        counts.documents += 1
        counts.lastDocument = documentIndex
      }
      counts.surfaces[record.surface, default: 0] += 1
      entities[mention.entityID] = counts

      let key = SurfaceKey(surface: record.surface, entityID: mention.entityID)
      var surface = surfaces[key] ?? SurfaceCounts()
      surface.count += 1
      if surface.lastDocument != documentIndex {
        surface.documents += 1
        surface.lastDocument = documentIndex
      }
      surface.hows[mention.how.rawValue, default: 0] += 1
      surface.methods[mention.method.rawValue, default: 0] += 1
      surfaces[key] = surface
    }
  }

  /// The `entities` rows, sorted by entity id.
  func entityRows(gazetteer: Gazetteer) -> [[FieldValue]] {
    var entries: [String: Gazetteer.Entry] = [:]
    for entry in gazetteer.entries { entries[entry.id] = entry }
    return entities.keys.sorted().map { id in
      let counts = entities[id]!
      let entry = entries[id]
      let ranked = Self.ranked(counts.surfaces)
      let canonical = entry?.canonicalName ?? counts.canonicalName
      return [
        .string(id), .string(canonical), .string(counts.type.rawValue), .integer(counts.names),
        .integer(counts.documents), .string(ranked.joined(separator: "|")),
        .integer(counts.adjectives),
        .string(entry?.kind ?? ""), .string(entry?.country ?? ""), .string(entry?.wikidata ?? ""),
        .boolean(entry != nil),
      ]
    }
  }

  /// The `variants` rows, sorted by surface, then entity id.
  func variantRows() -> [[FieldValue]] {
    let keys = surfaces.keys.sorted {
      $0.surface != $1.surface
        ? $0.surface.utf8.lexicographicallyPrecedes($1.surface.utf8)
        : $0.entityID.utf8.lexicographicallyPrecedes($1.entityID.utf8)
    }
    return keys.map { key in
      let counts = surfaces[key]!
      let entity = entities[key.entityID]!
      return [
        .string(key.surface), .string(key.entityID), .string(entity.canonicalName),
        .string(entity.type.rawValue), .integer(counts.count), .integer(counts.documents),
        .string(Self.ranked(counts.hows).first ?? ""),
        .string(Self.ranked(counts.methods).first ?? ""),
      ]
    }
  }

  /// Keys by count, most first; ties in byte order.
  private static func ranked(_ counts: [String: Int]) -> [String] {
    counts.keys.sorted {
      counts[$0]! != counts[$1]!
        ? counts[$0]! > counts[$1]! : $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
  }
}
