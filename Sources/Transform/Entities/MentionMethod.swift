/// The rule that found a mention: the `method` column of `mentions`.
package enum MentionMethod: String, Sendable, CaseIterable {
  /// A gazetteer name or form of one, also a gazetteer person's surname alone (`Paschinjan`,
  /// with `how` = partial).
  case gazetteer
  /// A different transliteration of a gazetteer name, found by its `VariantKey`.
  case variant
  /// An unknown person whose first word is a known given name (`Lina Marquardt`).
  case givenName = "given_name"
  /// A capitalized name in a context that marks persons, places or organizations (`sagte
  /// Marquardt`, `die Firma …`).
  case pattern
  /// An acronym defined in the document (`Institute for the Study of War (ISW)`).
  case acronym
  /// A later mention of a person named in full before, by surname alone (`Marquardt` after
  /// `Lina Marquardt`).
  case coreference
}
