/// The entity a name stands for, with how it was found.
package struct NameResolution: Sendable, Equatable {
  /// The gazetteer id, or for names not in the gazetteer an id derived from the key (`x_…`).
  package var entityID: String
  /// The gazetteer's canonical name, or the input with whitespace normalised for unknown names.
  package var canonicalName: String
  /// The gazetteer type, or for unknown names the type that was asked for (may be nil).
  package var type: EntityType?
  /// The `VariantKey` of the input name.
  package var key: String
  /// How the name was matched.
  package var how: MatchMethod
  /// The index into `Gazetteer.entries`, nil when the name is unknown or ambiguous.
  package var entryIndex: Int?

  /// Creates a resolution from its parts.
  package init(
    entityID: String, canonicalName: String, type: EntityType?, key: String, how: MatchMethod,
    entryIndex: Int?
  ) {
    self.entityID = entityID
    self.canonicalName = canonicalName
    self.type = type
    self.key = key
    self.how = how
    self.entryIndex = entryIndex
  }
}
