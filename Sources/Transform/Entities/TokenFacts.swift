/// What the entity tagger knows about one token spelling that does not depend on the token's
/// neighbours: its folded form, its word-list memberships and the gazetteer phrases it can open.
///
/// Worked out by `EntityTagger.facts(of:)` the first time a worker meets the spelling and kept in
/// a `TokenFactsTable`, so that every later token with the same bytes costs one hash lookup
/// instead of a dozen set lookups, foldings and a variant key.
struct TokenFacts {
  /// The folded bytes (`FoldedWord.fold`).
  var folded: WordKey
  /// The word-list and shape answers.
  var flags: WordFlags
  /// The gazetteer phrases whose first token folds to `folded`, longest first.
  var phrases: [PhraseIndex.Phrase] = []
  /// Multiword phrases that open with the `-e` form of this word when it is an inflected
  /// adjective (`Europäischen` → `europäische union`); only for capitalized words.
  var adjectiveBasePhrases: [PhraseIndex.Phrase] = []
  /// The one-word phrase this word is the genitive of (`Russlands` → `Russland`), with the
  /// acronym case rule applied; only for capitalized words.
  var genitivePhrase: PhraseIndex.Phrase?
  /// The folded genitive base (`russlands` → `russland`), if the word has a genitive ending.
  var genitiveBase: WordKey?
  /// The one-word gazetteer name before the first hyphen (`OVKS` in `OVKS-Gipfel`): the phrase
  /// and the length of the name part in bytes.
  var compoundPart: (phrase: PhraseIndex.Phrase, length: Int)?
  /// The gazetteer entry whose adjective stem this word inflects (`russische` → Russia).
  var adjectiveEntry: Int?
  /// The variant key of the spelling; empty for words that do not start uppercase.
  var variantKey: String = ""

  /// Facts with the folded form and flags only.
  init(folded: WordKey, flags: WordFlags) {
    self.folded = folded
    self.flags = flags
  }
}
