/// The word lists the entity tagger uses besides the gazetteer, all folded for look-up.
///
/// The lists of whole words become one table from a folded word to the `WordFlags` of the lists
/// it is on, so a token spelling is looked up once, not once per list.
package struct EntityLexicons: Sendable {
  /// The flags of every listed word, folded: `givenName` (`config/lexicon/given_names.txt`,
  /// given names of many languages), `personCue` (`person_cues.txt`, roles and titles before a
  /// name), `reportingVerb` (`reporting_verbs.txt`, verbs of saying next to a name), `notName`
  /// (`not_names.txt`, capitalized words that never start or end a name: articles, pronouns,
  /// sentence openers, weekdays and months, common nouns), `placeCue` (`place_cues.txt`, words
  /// before a place name), `connector` (`org_connectors.txt`, lowercase words inside an
  /// organization's name), `leadingOrgWord` (`org_leading_words.txt`, words that make the next
  /// capitalized word an organization), `trailingOrgWord` (`org_trailing_words.txt`, words
  /// that end an organization's name), `companyEnding` with `trailingOrgWord`
  /// (`company_endings.txt`, legal forms and last words of company names), `nameParticle`
  /// (`name_particles.txt`, lowercase words between a given name and a surname),
  /// `secondNameParticle` (`second_name_particles.txt`, those that may follow one) and
  /// `determiner` (`determiners.txt`, articles and determiners before a noun).
  package let listedFlags: WordKeyTable<WordFlags>
  /// Surname endings of the region (`config/lexicon/surname_endings.txt`), folded.
  package let surnameEndings: WordEndings
  /// Endings of German abstract nouns (`config/lexicon/common_noun_endings.txt`), folded.
  package let commonNounEndings: WordEndings

  /// Lexicons from the lists' words, folded here.
  package init(
    givenNames: some Sequence<String> = [], personCues: some Sequence<String> = [],
    reportingVerbs: some Sequence<String> = [], notNames: some Sequence<String> = [],
    surnameEndings: some Sequence<String> = [], placeCues: some Sequence<String> = [],
    orgConnectors: some Sequence<String> = [], orgLeadingWords: some Sequence<String> = [],
    orgTrailingWords: some Sequence<String> = [], commonNounEndings: some Sequence<String> = [],
    nameParticles: some Sequence<String> = [], secondNameParticles: some Sequence<String> = [],
    companyEndings: some Sequence<String> = [], determiners: some Sequence<String> = []
  ) {
    var flags: [WordKey: WordFlags] = [:]
    func list(_ words: some Sequence<String>, _ flag: WordFlags) {
      for word in words { flags[WordKey(folding: word), default: []].formUnion(flag) }
    }
    list(givenNames, .givenName)
    list(personCues, .personCue)
    list(reportingVerbs, .reportingVerb)
    list(notNames, .notName)
    list(placeCues, .placeCue)
    list(orgConnectors, .connector)
    list(orgLeadingWords, .leadingOrgWord)
    list(orgTrailingWords, .trailingOrgWord)
    list(nameParticles, .nameParticle)
    list(secondNameParticles, .secondNameParticle)
    list(companyEndings, [.companyEnding, .trailingOrgWord])
    list(determiners, .determiner)
    listedFlags = WordKeyTable(flags)
    self.surnameEndings = WordEndings(surnameEndings.map { FoldedWord.fold($0) })
    self.commonNounEndings = WordEndings(commonNounEndings.map { FoldedWord.fold($0) })
  }
}

extension EntityLexicons {
  /// The flags of the lists a folded word is on; none for a word on no list.
  /// - Complexity: O(n) in the length of the word (one hashed look-up).
  package func flags(of word: WordKey) -> WordFlags { listedFlags[word] ?? [] }

  /// Whether a folded word ends like an abstract noun, with at least three bytes before it.
  package func hasCommonNounEnding(_ word: [UInt8]) -> Bool { commonNounEndings.matches(word) }

  /// Whether a folded word ends like a surname of the region and is long enough to be one.
  package func hasSurnameEnding(_ word: [UInt8]) -> Bool { surnameEndings.matches(word) }
}
