import Transform

/// Counts over the whole run per entity and per surface, for `entities` and `variants`.
///
/// Memory grows with the number of distinct entities and surfaces, not with the corpus.
package struct EntityStatistics: Sendable {
  /// Per entity, with its surfaces.
  private struct EntityCounts {
    var canonicalName: String
    var type: EntityType
    var names = 0
    var adjectives = 0
    var documents = 0
    /// The index in `surfaces` of each surface text, built only once an entity has more than
    /// `linearSurfaces` of them: most entities have one or two, and an empty dictionary costs
    /// nothing while a filled one costs hundreds of bytes per entity.
    var surfaceIndex: [String: Int] = [:]
    /// The surfaces the entity was mentioned by, in order of first appearance.
    var surfaces: [SurfaceCounts] = []

    /// Up to this many surfaces are found by scanning `surfaces`.
    static let linearSurfaces = 8

    /// Adds one document's counts of this entity.
    /// - Complexity: O(distinct surfaces, hows and methods in `entity`), expected.
    mutating func add(_ entity: MentionTally.Entity) {
      names += entity.names
      adjectives += entity.adjectives
      documents += 1
      for surface in entity.surfaces {
        if let index = position(of: surface.text) {
          surfaces[index].add(surface)
        } else {
          surfaces.append(SurfaceCounts(text: surface.text))
          surfaces[surfaces.count - 1].add(surface)
          if surfaces.count > Self.linearSurfaces {
            if surfaceIndex.isEmpty {
              for (index, known) in surfaces.enumerated() { surfaceIndex[known.text] = index }
            } else {
              surfaceIndex[surface.text] = surfaces.count - 1
            }
          }
        }
      }
    }

    /// The index in `surfaces` of `text`, if the entity has that surface.
    private func position(of text: String) -> Int? {
      if surfaces.count > Self.linearSurfaces { return surfaceIndex[text] }
      return surfaces.firstIndex { $0.text == text }
    }
  }

  /// Per surface of one entity.
  private struct SurfaceCounts {
    var text: String
    var count = 0
    var documents = 0
    /// A handful of distinct values each, so arrays beat dictionaries.
    var hows: [(value: String, count: Int)] = []
    var methods: [(value: String, count: Int)] = []

    /// Adds one document's counts of this surface.
    /// - Complexity: O(distinct hows and methods), a handful.
    mutating func add(_ surface: MentionTally.Surface) {
      count += surface.count
      documents += 1
      for (how, count) in surface.hows { Self.add(count, to: how, in: &hows) }
      for (method, count) in surface.methods { Self.add(count, to: method, in: &methods) }
    }

    /// Adds `count` to `value`'s count in `counts`, appending it if new.
    private static func add(
      _ count: Int, to value: String, in counts: inout [(value: String, count: Int)]
    ) {
      if let index = counts.firstIndex(where: { $0.value == value }) {
        counts[index].count += count
      } else {
        counts.append((value, count))
      }
    }
  }

  private var entities: [String: EntityCounts] = [:]

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
    for index in tally.entities.indices {
      // Update in place through the `default:` subscript: copying the counts out and back in
      // would copy their dictionaries and arrays.
      let id = tally.entities[index].id
      entities[
        id,
        default: EntityCounts(
          canonicalName: tally.entities[index].canonicalName, type: tally.entities[index].type)
      ]
      .add(tally.entities[index])
    }
  }

  /// The `entities` rows, sorted by entity id; made one at a time as they are written.
  package func entityRows(gazetteer: Gazetteer) -> some Sequence<[FieldValue]> {
    var entries: [String: Gazetteer.Entry] = [:]
    for entry in gazetteer.entries { entries[entry.id] = entry }
    return entities.keys.sorted().lazy.map { id in
      let counts = entities[id]!
      let entry = entries[id]
      let ranked = Self.ranked(counts.surfaces.map { ($0.text, $0.count) })
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
  /// Rows are made one at a time as they are written, so the table is never held in memory.
  package func variantRows() -> some Sequence<[FieldValue]> {
    var keys: [(surface: String, entityID: String, index: Int)] = []
    for (id, entity) in entities {
      for (index, surface) in entity.surfaces.enumerated() {
        keys.append((surface.text, id, index))
      }
    }
    keys.sort {
      $0.surface != $1.surface
        ? $0.surface.utf8.lexicographicallyPrecedes($1.surface.utf8)
        : $0.entityID.utf8.lexicographicallyPrecedes($1.entityID.utf8)
    }
    return keys.lazy.map { key in
      let entity = entities[key.entityID]!
      let counts = entity.surfaces[key.index]
      return [
        .string(key.surface), .string(key.entityID), .string(entity.canonicalName),
        .string(entity.type.rawValue), .integer(counts.count), .integer(counts.documents),
        .string(Self.ranked(counts.hows).first ?? ""),
        .string(Self.ranked(counts.methods).first ?? ""),
      ]
    }
  }

  /// Values by count, most first; ties in byte order.
  private static func ranked(_ counts: [(value: String, count: Int)]) -> [String] {
    counts.sorted {
      $0.count != $1.count
        ? $0.count > $1.count : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)
    }.map(\.value)
  }
}
