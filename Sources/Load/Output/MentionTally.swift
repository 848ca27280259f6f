import Transform

/// One document's mentions counted per entity and per surface, ready to be added to
/// `EntityStatistics`.
///
/// Built on a worker thread beside the document's rows, so the serial writer hashes each
/// entity and surface once per document instead of several times per mention.
package struct MentionTally: Sendable, Equatable {
  /// The counts of one entity in the document.
  package struct Entity: Sendable, Equatable {
    /// The entity id.
    package var id: String
    /// The FNV-1a digest of `id`'s UTF-8 bytes (`EntityCountsTable` finds the entity by it).
    package var digest: UInt64
    /// The canonical name of the entity's first mention in the document.
    package var canonicalName: String
    /// The type of the entity's first mention in the document.
    package var type: EntityType
    /// Mentions in name form.
    package var names = 0
    /// Mentions in adjective form.
    package var adjectives = 0
    /// The surfaces the entity was mentioned by, in order of first appearance.
    package var surfaces: [Surface] = []
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

  /// Counts `mentions`, one document's.
  ///
  /// A document links a few dozen entities at most, so a linear search over the entities (and
  /// over an entity's surfaces) is cheaper than hashing every id and surface; small strings
  /// compare in a word or two. Past `linearSearchLimit` entities an index takes over.
  /// - Complexity: O(mentions × distinct surfaces of an entity), expected.
  package init(_ mentions: [MentionRecord]) {
    guard !mentions.isEmpty else { return }
    var entityIndex: [String: Int]?
    // The FNV-1a digest of each entity's id, so the linear search compares integers and only a
    // matching digest compares the strings.
    var digests: [UInt64] = []
    entities.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
    digests.reserveCapacity(min(mentions.count, Self.linearSearchLimit))
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
            type: mentions[position].mention.type,
            surfaces: [Surface(text: mentions[position].surface)]))
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
      let surface: Int
      let text = mentions[position].surface
      if let known = entities[entity].surfaces.firstIndex(where: { $0.text == text }) {
        surface = known
      } else {
        surface = entities[entity].surfaces.count
        entities[entity].surfaces.append(Surface(text: text))
      }
      entities[entity].surfaces[surface].count += 1
      entities[entity].surfaces[surface].hows.add(mentions[position].mention.how)
      entities[entity].surfaces[surface].methods.add(mentions[position].mention.method)
    }
  }
}
