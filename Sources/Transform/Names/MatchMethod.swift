/// How a name was tied to its entity, from the most to the least certain.
package enum MatchMethod: String, Sendable, CaseIterable {
  /// The name is written exactly like a canonical name, German name or alias.
  case exact
  /// The name equals a gazetteer form after folding case, diacritics, hyphens and Cyrillic.
  case alias
  /// A German inflected form of a gazetteer form (`Putins`, `des Kremls`,
  /// `der Europäischen Union`).
  case inflection
  /// A different transliteration of a gazetteer form, found by its `VariantKey`.
  case variant
  /// The surname of exactly one gazetteer person, standing alone (`Paschinjan`).
  case partial
  /// Not in the gazetteer, or ambiguous between entries: the id is derived from the name's key.
  case unknown
  /// An adjective or demonym of a gazetteer name (`russische`, `Moskauer`); the name resolver
  /// never answers with it, the entity tagger sets it for adjective mentions.
  case adjective
}
