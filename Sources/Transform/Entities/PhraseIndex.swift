/// Every name form of the gazetteer as a sequence of folded tokens, indexed by its first token,
/// so that multiword names (`Organisation des Vertrags über kollektive Sicherheit`,
/// `St. Petersburg`) are found by walking the document's tokens once.
package struct PhraseIndex: Sendable {
  /// One name form of one entry; a class, so that the tagger's candidate lists share it.
  package final class Phrase: Sendable {
    /// The folded tokens.
    package let tokens: [WordKey]
    /// The gazetteer entry.
    package let entry: Int
    /// Name or adjective.
    package let form: MentionForm
    /// Acronyms (`AP`, `EU`, `OVKS`) match only in the same case.
    package let exactCase: [UInt8]?
    /// The form as written in the gazetteer.
    package let surface: String
    /// Whether the form starts with a lowercase ASCII letter (`von der Leyen`).
    package let startsLowercase: Bool
    /// Whether the form is one word of a party, shaped like an inflected adjective (`Grünen`,
    /// `Linken`), which the tagger checks against its neighbours.
    package let isAdjectiveShapedParty: Bool

    /// Creates a phrase; `isParty` says whether its entry is a party.
    package init(
      tokens: [WordKey], entry: Int, form: MentionForm, exactCase: [UInt8]?, surface: String,
      isParty: Bool = false
    ) {
      self.tokens = tokens
      self.entry = entry
      self.form = form
      self.exactCase = exactCase
      self.surface = surface
      startsLowercase = surface.utf8.first.map { (0x61...0x7A).contains($0) } ?? true
      isAdjectiveShapedParty =
        isParty && tokens.count == 1 && exactCase == nil
        && GermanInflection.hasWeakAdjectiveEnding(tokens[0].bytes[...])
    }
  }

  /// Phrases by their first folded token, longest first.
  private let byFirstToken: WordKeyTable<[Phrase]>
  /// Multiword phrases whose first word is an adjective in a strong form (`Auswärtiges Amt`,
  /// `Islamischer Staat`), by that word's `-e` form (`auswärtige`), so that the other forms of
  /// the adjective find them (`Auswärtige Amt`, `des Auswärtigen Amts`).
  private let byBaseForm: WordKeyTable<[Phrase]>
  /// Adjective stems (folded) to entry, for `russische`, `kasachischen`.
  let adjectiveStems: WordKeyTable<Int>
  /// The last words (folded) of gazetteer persons' names, for surnames standing alone.
  let personSurnames: WordKeyTable<Bool>
  /// The variant keys of the first words of each gazetteer person's names of two words or
  /// more, by entry (`kassym`, `kasim shomart` for Tokayev).
  let givenNameKeys: [Int: Set<String>]

  /// Builds the index from gazetteer entries.
  /// - Complexity: O(total length of all names).
  package init(gazetteer: Gazetteer) {
    var byFirstToken: [WordKey: [Phrase]] = [:]
    var byBaseForm: [WordKey: [Phrase]] = [:]
    var adjectiveStems: [WordKey: Int] = [:]
    var personSurnames: [WordKey: Bool] = [:]
    var givenNameKeys: [Int: Set<String>] = [:]
    func add(_ name: String, entry: Int, form: MentionForm) {
      let bytes = Array(name.utf8)
      let tokens = Tokenizer.tokens(in: bytes)
      guard let first = tokens.first else { return }
      let folded = tokens.map { WordKey(folding: bytes[$0.start..<$0.end]) }
      let isAcronym = tokens.count == 1 && FoldedWord.isAcronym(bytes[first.start..<first.end])
      let phrase = Phrase(
        tokens: folded, entry: entry, form: form, exactCase: isAcronym ? bytes : nil,
        surface: name, isParty: gazetteer.entries[entry].kind == "party")
      byFirstToken[folded[0], default: []].append(phrase)
      if folded.count > 1, !phrase.startsLowercase,
        let base = GermanInflection.adjectiveBase(folded[0].bytes)
      {
        byBaseForm[WordKey(folded: base), default: []].append(phrase)
      }
      if form == .name, gazetteer.entries[entry].type == .person, let last = folded.last {
        personSurnames[last] = true
        if let space = name.firstIndex(of: " ") {
          givenNameKeys[entry, default: []].insert(VariantKey.make(String(name[..<space])))
        }
      }
    }
    for (index, entry) in gazetteer.entries.enumerated() {
      var forms = [entry.canonicalName, entry.germanName] + entry.aliases
      forms = forms.filter { !$0.isEmpty }
      for form in Set(forms).sorted() { add(form, entry: index, form: .name) }
      for demonym in entry.demonyms where !demonym.isEmpty {
        add(demonym, entry: index, form: .adjective)
      }
      for stem in entry.adjectives where !stem.isEmpty {
        let folded = WordKey(folding: stem)
        if adjectiveStems[folded] == nil { adjectiveStems[folded] = index }
      }
    }
    /// Longest first, then by entry.
    func longestFirst(_ a: Phrase, _ b: Phrase) -> Bool {
      a.tokens.count != b.tokens.count ? a.tokens.count > b.tokens.count : a.entry < b.entry
    }
    for key in byFirstToken.keys { byFirstToken[key]?.sort(by: longestFirst) }
    for key in byBaseForm.keys { byBaseForm[key]?.sort(by: longestFirst) }
    self.byFirstToken = WordKeyTable(byFirstToken)
    self.byBaseForm = WordKeyTable(byBaseForm)
    self.adjectiveStems = WordKeyTable(adjectiveStems)
    self.personSurnames = WordKeyTable(personSurnames)
    self.givenNameKeys = givenNameKeys
  }

  /// The phrases whose first token folds to `token`, longest first.
  package func phrases(startingWith token: WordKey) -> [Phrase] {
    byFirstToken[token] ?? []
  }

  /// The multiword phrases whose first word is a strong adjective form (`-es -er -en -em`) with
  /// the `-e` form `base` (`auswärtige` for `Auswärtiges Amt`), longest first.
  package func phrases(withBaseForm base: WordKey) -> [Phrase] {
    byBaseForm[base] ?? []
  }
}
