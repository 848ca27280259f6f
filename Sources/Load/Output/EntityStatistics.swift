import Transform

/// Counts over the whole run per entity and per surface, for `entities` and `variants`.
///
/// Memory grows with the number of distinct entities and surfaces, not with the corpus.
package struct EntityStatistics: Sendable {
  /// Per entity.
  private struct EntityCounts {
    var canonicalName: String
    var type: EntityType
    var names = 0
    var adjectives = 0
    var documents = 0
    var surfaces: [String: Int] = [:]

    /// Adds one document's counts of this entity.
    mutating func add(_ entity: MentionTally.Entity) {
      names += entity.names
      adjectives += entity.adjectives
      documents += 1
      for surface in entity.surfaces { surfaces[surface.text, default: 0] += surface.count }
    }
  }

  /// Per surface and entity.
  private struct SurfaceCounts {
    var count = 0
    var documents = 0
    var hows: [String: Int] = [:]
    var methods: [String: Int] = [:]

    /// Adds one document's counts of this surface.
    mutating func add(_ surface: MentionTally.Surface) {
      count += surface.count
      documents += 1
      for (how, count) in surface.hows { hows[how, default: 0] += count }
      for (method, count) in surface.methods { methods[method, default: 0] += count }
    }
  }

  private var entities: [String: EntityCounts] = [:]
  private var surfaces: [SurfaceKey: SurfaceCounts] = [:]

  /// A surface and the entity it was linked to.
  private struct SurfaceKey: Hashable {
    var surface: String
    var entityID: String
  }

  /// Creates empty statistics.
  package init() {}

  /// Adds one document's mentions.
  /// - Complexity: O(number of mentions), expected.
  package mutating func add(_ mentions: [MentionRecord]) {
    add(MentionTally(mentions))
  }

  /// Adds one document's mentions, counted beforehand; call once per document, in path order
  /// (the first document that mentions an entity gives its canonical name and type).
  /// - Complexity: O(distinct entities, surfaces, hows and methods in the document), expected.
  package mutating func add(_ tally: MentionTally) {
    for entity in tally.entities {
      // Update in place through the `default:` subscript: copying the counts out and back in
      // would copy their dictionaries on every mention.
      entities[entity.id, default: EntityCounts(canonicalName: entity.canonicalName, type: entity.type)]
        .add(entity)
      for surface in entity.surfaces {
        surfaces[SurfaceKey(surface: surface.text, entityID: entity.id), default: SurfaceCounts()].add(surface)
      }
    }
  }

  /// The `entities` rows, sorted by entity id.
  package func entityRows(gazetteer: Gazetteer) -> [[FieldValue]] {
    var entries: [String: Gazetteer.Entry] = [:]
    for entry in gazetteer.entries { entries[entry.id] = entry }
    return entities.keys.sorted().map { id in
      let counts = entities[id]!
      let entry = entries[id]
      let ranked = Self.ranked(counts.surfaces)
      let canonical = entry?.canonicalName ?? counts.canonicalName
      return [
        .string(id), .string(canonical), .string(counts.type.rawValue), .integer(counts.names),
        .integer(counts.documents), .string(ranked.joined(separator: "|")), .integer(counts.adjectives),
        .string(entry?.kind ?? ""), .string(entry?.country ?? ""), .string(entry?.wikidata ?? ""),
        .boolean(entry != nil),
      ]
    }
  }

  /// The `variants` rows, sorted by surface, then entity id.
  package func variantRows() -> [[FieldValue]] {
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
        .string(Self.ranked(counts.hows).first ?? ""), .string(Self.ranked(counts.methods).first ?? ""),
      ]
    }
  }

  /// Keys by count, most first; ties in byte order.
  private static func ranked(_ counts: [String: Int]) -> [String] {
    counts.keys.sorted {
      counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
  }
}

