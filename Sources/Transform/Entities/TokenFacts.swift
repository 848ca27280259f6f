import Extract

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
  var phrases: [PhraseIndex.Phrase] = [] {
    didSet { phraseSeconds = phrases.map(Self.secondTokenDigest) }
  }
  /// For each of `phrases`, `secondTokenDigest`: a multiword phrase is only tried when the
  /// next token or its base without a one- or two-letter ending has this digest.
  var phraseSeconds: [UInt64] = []
  /// Multiword phrases that open with another form of this word: when it is an adjective, its
  /// `-e` form (`Europäischen` → `europäische union`) or a strong form (`Auswärtigen`,
  /// `Auswärtige` → `auswärtiges amt`); when it is a genitive, its base (`Instituts` →
  /// `institut für kriegsstudien`). Only for capitalized words.
  var adjectiveBasePhrases: [PhraseIndex.Phrase] = [] {
    didSet { adjectiveBaseSeconds = adjectiveBasePhrases.map(Self.secondTokenDigest) }
  }
  /// For each of `adjectiveBasePhrases`, `secondTokenDigest`.
  var adjectiveBaseSeconds: [UInt64] = []
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
  /// `digest` of the folded word, and of it without its last one and two bytes (0 where too
  /// short): what a phrase's second token is compared with (see `phraseSeconds`).
  var stemDigests: (UInt64, UInt64, UInt64) = (0, 0, 0)
  /// The variant key of the spelling; empty for words that do not start uppercase.
  var variantKey: String = "" {
    didSet { variantKeyDigest = Self.digest(of: variantKey) }
  }
  /// `digest` of `variantKey`'s bytes, compared before the key itself.
  var variantKeyDigest: UInt64 = 0

  /// The digest of a phrase's second folded token, 0 for a one-word phrase.
  static func secondTokenDigest(_ phrase: PhraseIndex.Phrase) -> UInt64 {
    phrase.tokens.count > 1 ? digest(phrase.tokens[1].bytes[...]) : 0
  }

  /// `ByteHash` of folded bytes, never 0.
  /// - Complexity: O(n) in the number of bytes.
  static func digest(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    ByteHash.hash(bytes) | 1
  }

  /// `digest(_:)` of a string's UTF-8 bytes, read in place (no copy into an array).
  /// - Complexity: O(n) in the UTF-8 length of the string.
  static func digest(of text: String) -> UInt64 {
    ByteHash.hash(text.utf8) | 1
  }

  /// Facts with the folded form and flags only.
  init(folded: WordKey, flags: WordFlags) {
    self.folded = folded
    self.flags = flags
    let bytes = folded.bytes
    stemDigests.0 = Self.digest(bytes[...])
    if bytes.count > 1 { stemDigests.1 = Self.digest(bytes.dropLast()) }
    if bytes.count > 2 { stemDigests.2 = Self.digest(bytes.dropLast(2)) }
  }
}
