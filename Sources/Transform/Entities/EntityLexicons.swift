/// The word lists the entity tagger uses besides the gazetteer, all folded for look-up.
package struct EntityLexicons: Sendable {
  /// Given names of many languages (`config/lexicon/given_names.txt`).
  package var givenNames: Set<WordKey>
  /// Roles and titles before a name (`config/lexicon/person_cues.txt`).
  package var personCues: Set<WordKey>
  /// Verbs of saying next to a name (`config/lexicon/reporting_verbs.txt`).
  package var reportingVerbs: Set<WordKey>
  /// Capitalized words that never start or end a name: articles, pronouns, sentence openers,
  /// weekdays and months, common nouns (`config/lexicon/not_names.txt`).
  package var notNames: Set<WordKey>
  /// Surname endings of the region (`config/lexicon/surname_endings.txt`), folded, longest first.
  package var surnameEndings: [[UInt8]]
  /// Words before a place name (`config/lexicon/place_cues.txt`).
  package var placeCues: Set<WordKey>
  /// Lowercase words inside an organization's name (`config/lexicon/org_connectors.txt`).
  package var orgConnectors: Set<WordKey>
  /// Words that make the next capitalized word an organization
  /// (`config/lexicon/org_leading_words.txt`).
  package var orgLeadingWords: Set<WordKey>
  /// Words that make the capitalized words before them an organization
  /// (`config/lexicon/org_trailing_words.txt`).
  package var orgTrailingWords: Set<WordKey>
  /// Endings of abstract nouns (`config/lexicon/common_noun_endings.txt`), folded.
  package var commonNounEndings: [[UInt8]]

  /// Creates lexicons from word lists (folded here).
  package init(
    givenNames: some Sequence<String> = [], personCues: some Sequence<String> = [],
    reportingVerbs: some Sequence<String> = [], notNames: some Sequence<String> = [],
    surnameEndings: some Sequence<String> = [], placeCues: some Sequence<String> = [],
    orgConnectors: some Sequence<String> = [], orgLeadingWords: some Sequence<String> = [],
    orgTrailingWords: some Sequence<String> = [], commonNounEndings: some Sequence<String> = []
  ) {
    self.orgConnectors = Set(orgConnectors.map { WordKey(folding: $0) })
    self.orgLeadingWords = Set(orgLeadingWords.map { WordKey(folding: $0) })
    self.orgTrailingWords = Set(orgTrailingWords.map { WordKey(folding: $0) })
    self.commonNounEndings = commonNounEndings.map { FoldedWord.fold($0) }
    self.givenNames = Set(givenNames.map { WordKey(folding: $0) })
    self.personCues = Set(personCues.map { WordKey(folding: $0) })
    self.reportingVerbs = Set(reportingVerbs.map { WordKey(folding: $0) })
    self.notNames = Set(notNames.map { WordKey(folding: $0) })
    self.surnameEndings = surnameEndings.map { FoldedWord.fold($0) }.sorted { $0.count > $1.count }
    self.placeCues = Set(placeCues.map { WordKey(folding: $0) })
  }
}

extension EntityLexicons {
  /// Whether a folded word ends like an abstract noun, with at least three bytes before it.
  package func hasCommonNounEnding(_ word: [UInt8]) -> Bool {
    commonNounEndings.contains {
      word.count > $0.count + 2 && word.suffix($0.count).elementsEqual($0)
    }
  }

  /// Whether a folded word ends like a surname of the region and is long enough to be one.
  package func hasSurnameEnding(_ word: [UInt8]) -> Bool {
    surnameEndings.contains {
      word.count >= $0.count + 3 && word.suffix($0.count).elementsEqual($0)
    }
  }
}
