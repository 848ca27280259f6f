import Transform

/// One document's mentions counted per entity and per surface, ready to be added to
/// `EntityStatistics`.
///
/// Built on a worker thread beside the document's rows, so the serial writer hashes each
/// entity and surface once per document instead of several times per mention. The surfaces of
/// every entity sit in one array, each entity holding the range of its own: a tally is built on
/// a worker thread and dropped on the writer's, and an array per entity, freed there, made the
/// threads wait on each other's allocator locks.
package struct MentionTally: Sendable, Equatable {
  /// The counts of one entity in the document.
  package struct Entity: Sendable, Equatable {
    /// The entity id.
    package var id: String
    /// The `ByteHash` of `id`'s UTF-8 bytes (`EntityCountsTable` finds the entity by it).
    package var digest: UInt64
    /// The canonical name of the entity's first mention in the document.
    package var canonicalName: String
    /// The type of the entity's first mention in the document.
    package var type: EntityType
    /// Mentions in name form.
    package var names = 0
    /// Mentions in adjective form.
    package var adjectives = 0
    /// Where the entity's surfaces are in the tally's `surfaces`, in order of first appearance.
    package var surfaces: Range<Int> = 0..<0
  }

  /// The counts of one surface linked to one entity in the document.
  package struct Surface: Sendable, Equatable {
    /// The text of the mentions.
    package var text: String
    /// The number of mentions.
    package var count = 0
    /// How the mentions were matched, with counts.
    package var hows = CaseCounts<MatchMethod>()
    /// Which rules found the mentions, with counts.
    package var methods = CaseCounts<MentionMethod>()
  }

  /// How many entities are searched one by one before they get an index: comparing digests
  /// in a contiguous array stays cheaper than building a dictionary well past the few dozen
  /// entities a long article links.
  private static let linearSearchLimit = 256

  /// The entities mentioned, in order of first mention.
  package private(set) var entities: [Entity] = []
  /// The surfaces of every entity, entity by entity (see `Entity.surfaces`).
  package private(set) var surfaces: [Surface] = []

  /// A tally of given counts, each entity with its surfaces (for tests).
  package init(counted: [(entity: Entity, surfaces: [Surface])]) {
    for (entity, surfaces) in counted {
      var entity = entity
      entity.surfaces = self.surfaces.count..<self.surfaces.count + surfaces.count
      entities.append(entity)
      self.surfaces.append(contentsOf: surfaces)
    }
  }

  /// The surfaces of `entity`, one of `entities`.
  package func surfaces(of entity: Entity) -> ArraySlice<Surface> { surfaces[entity.surfaces] }

  /// Counts `mentions`, one document's.
  ///
  /// A document links a few dozen entities at most, so a linear search over the entities (and
  /// over an entity's surfaces) is cheaper than hashing every id and surface; small strings
  /// compare in a word or two. Past `linearSearchLimit` entities an index takes over.
  /// - Complexity: O(mentions × distinct surfaces of an entity), expected.
  package init(_ mentions: [MentionRecord]) {
    guard !mentions.isEmpty else { return }
    var entityIndex: [String: Int]?
    // The `ByteHash` of each entity's id, so the linear search compares integers and only a
    // matching digest compares the strings.
    var digests: [UInt64] = []
    entities.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
    digests.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
    // The surfaces in order of first appearance, each entity's chained from its first through
    // `nextSurface` (-1 ends a chain), grouped by entity at the end.
    var found: [Surface] = []
    var nextSurface: [Int32] = []
    var firstSurface: [Int32] = []
    var lastSurface: [Int32] = []
    found.reserveCapacity(mentions.count)
    nextSurface.reserveCapacity(mentions.count)
    firstSurface.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
    lastSurface.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
    // By index, so that a record is read in place rather than copied with its strings.
    for position in mentions.indices {
      let entity: Int
      let id = mentions[position].mention.entityID
      let digest = EntityCountsTable.digest(of: id)
      let known: Int?
      if entityIndex != nil {
        known = entityIndex![id]
      } else {
        var candidate = 0
        while candidate < digests.count
          && (digests[candidate] != digest || entities[candidate].id != id)
        {
          candidate += 1
        }
        known = candidate < digests.count ? candidate : nil
      }
      if let known {
        entity = known
      } else {
        entity = entities.count
        digests.append(digest)
        entities.append(
          Entity(
            id: id, digest: digest, canonicalName: mentions[position].mention.canonicalName,
            type: mentions[position].mention.type))
        firstSurface.append(-1)
        lastSurface.append(-1)
        if entityIndex != nil {
          entityIndex![id] = entity
        } else if entities.count > Self.linearSearchLimit {
          entityIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        }
      }
      if mentions[position].mention.form == .name {
        entities[entity].names += 1
      } else {
        entities[entity].adjectives += 1
      }
      let text = mentions[position].surface
      var surface = Int(firstSurface[entity])
      while surface >= 0 && found[surface].text != text { surface = Int(nextSurface[surface]) }
      if surface < 0 {
        surface = found.count
        found.append(Surface(text: text))
        nextSurface.append(-1)
        if lastSurface[entity] < 0 {
          firstSurface[entity] = Int32(surface)
        } else {
          nextSurface[Int(lastSurface[entity])] = Int32(surface)
        }
        lastSurface[entity] = Int32(surface)
      }
      found[surface].count += 1
      found[surface].hows.add(mentions[position].mention.how)
      found[surface].methods.add(mentions[position].mention.method)
    }
    surfaces.reserveCapacity(found.count)
    for entity in entities.indices {
      let start = surfaces.count
      var surface = Int(firstSurface[entity])
      while surface >= 0 {
        // Moved out rather than copied with its text.
        var moved = Surface(text: "")
        swap(&moved, &found[surface])
        surfaces.append(moved)
        surface = Int(nextSurface[surface])
      }
      entities[entity].surfaces = start..<surfaces.count
    }
  }
}
