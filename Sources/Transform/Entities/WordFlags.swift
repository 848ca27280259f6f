/// What the entity tagger's passes ask of one token spelling, answered once per spelling
/// (see `TokenFacts`).
package struct WordFlags: OptionSet, Sendable {
  /// The bits.
  package let rawValue: UInt32

  /// Creates flags from their bits.
  package init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Starts with an uppercase letter (Latin, Greek or Cyrillic).
  package static let startsUppercase = WordFlags(rawValue: 1 << 0)
  /// In the not-names list: never starts or ends a name.
  package static let notName = WordFlags(rawValue: 1 << 1)
  /// A given name of the lexicon.
  package static let givenName = WordFlags(rawValue: 1 << 2)
  /// A role or title before a name (`Präsident`).
  package static let personCue = WordFlags(rawValue: 1 << 3)
  /// A verb of saying (`sagte`).
  package static let reportingVerb = WordFlags(rawValue: 1 << 4)
  /// A word before a place name (`Fluss`).
  package static let placeCue = WordFlags(rawValue: 1 << 5)
  /// A lowercase word that may stand inside an organization's name (`für`, `of`).
  package static let connector = WordFlags(rawValue: 1 << 6)
  /// A word that makes the capitalized word after it an organization (`Universität`).
  package static let leadingOrgWord = WordFlags(rawValue: 1 << 7)
  /// A word that makes the capitalized words before it an organization (`Group`).
  package static let trailingOrgWord = WordFlags(rawValue: 1 << 8)
  /// Ends like a German abstract noun (`-ung`, `-heit`) or a compound naming a kind of
  /// organization (`-konzern`), which names almost never do.
  package static let commonNounEnding = WordFlags(rawValue: 1 << 9)
  /// Ends like a surname of the region (`-ow`, `-jan`) and is long enough to be one.
  package static let surnameEnding = WordFlags(rawValue: 1 << 10)
  /// The last word of a gazetteer person's name, or its genitive.
  package static let personSurname = WordFlags(rawValue: 1 << 11)
  /// Its variant key is the key of a word of some gazetteer name.
  package static let nameWordKey = WordFlags(rawValue: 1 << 12)
  /// All capitals, at least two letters, ASCII (`OVKS`).
  package static let acronym = WordFlags(rawValue: 1 << 13)
  /// Some gazetteer phrase may start here: the facts have phrases, adjective-base phrases or a
  /// genitive phrase.
  package static let opensPhrase = WordFlags(rawValue: 1 << 14)
  /// The part before the first hyphen is a one-word gazetteer name.
  package static let hasCompoundPart = WordFlags(rawValue: 1 << 15)
  /// Inflects the adjective stem of a gazetteer entry (`russische`).
  package static let gazetteerAdjective = WordFlags(rawValue: 1 << 16)
  /// Shaped like a company or institution name on its own: a capital after a lowercase
  /// letter in a word of at least 5 bytes without hyphens (`PetroChina`), or a hyphenated word
  /// ending in an institution word (`Lomonossow-Universität`).
  package static let companyShaped = WordFlags(rawValue: 1 << 17)
  /// Folded, at least `VariantKey.minimumVariantLength` bytes long: long enough to be matched
  /// by variant key.
  package static let variantLength = WordFlags(rawValue: 1 << 18)
  /// On the name particles list (`name_particles.txt`): `von`, `van`, `de` after a given name.
  package static let nameParticle = WordFlags(rawValue: 1 << 19)
  /// On the second name particles list (`second_name_particles.txt`): `der` in `von der`.
  package static let secondNameParticle = WordFlags(rawValue: 1 << 20)
  /// On the company endings list (`company_endings.txt`): a legal form or last word of a
  /// company's name (`AG`, `Motors`), which ends an organization rather than a person.
  package static let companyEnding = WordFlags(rawValue: 1 << 21)
  /// On the determiners list (`determiners.txt`): an article or determiner (`der`, `ein`,
  /// `jeden`) that makes the capitalized word after it a noun.
  package static let determiner = WordFlags(rawValue: 1 << 22)
}
