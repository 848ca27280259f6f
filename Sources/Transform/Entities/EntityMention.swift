/// One tagged mention of an entity, by UTF-8 byte offsets into the document text.
package struct EntityMention: Sendable, Equatable {
  /// The first byte.
  package var start: Int
  /// One past the last byte.
  package var end: Int
  /// The entity's id: a gazetteer id, or one derived from the variant key for unknown names.
  package var entityID: String
  /// The entity's canonical name (the gazetteer's English form, or the longest surface seen).
  package var canonicalName: String
  /// `PER`, `ORG` or `LOC`.
  package var type: EntityType
  /// Name or adjective.
  package var form: MentionForm
  /// Which rule found it.
  package var method: MentionMethod
  /// How the name was matched to the entity (the resolver's `how`, or `adjective`).
  package var how: MatchMethod
  /// How sure the rule is, 0…1.
  package var confidence: Double
  /// Whether the mention is the name part of a hyphen compound (`OVKS-Gipfel`).
  package var inCompound: Bool

  /// Creates a mention.
  package init(
    start: Int, end: Int, entityID: String, canonicalName: String, type: EntityType,
    form: MentionForm = .name, method: MentionMethod, how: MatchMethod, confidence: Double,
    inCompound: Bool = false
  ) {
    self.start = start
    self.end = end
    self.entityID = entityID
    self.canonicalName = canonicalName
    self.type = type
    self.form = form
    self.method = method
    self.how = how
    self.confidence = confidence
    self.inCompound = inCompound
  }
}
