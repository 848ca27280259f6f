/// German inflection of names: the base forms a written form may come from.
extension NameResolver {
  /// German articles dropped before a name (`des Kremls`, `der Europäischen Union`).
  static let articles: Set<String> = ["der", "die", "das", "des", "dem", "den"]

  /// Candidate base forms of an inflected name, most likely first, without `name` itself:
  /// a leading article dropped; the genitive `-s`, `-es` or apostrophe of the last word
  /// removed (`Putins`, `Moskaus`, `Kremles`, `Tbilissi'`); weak adjective endings `-en -er
  /// -em -es` of the words before the last turned into `-e` (`Europäischen Union`); and their
  /// combinations. The genitive is removed only from words of at least 4 letters and adjective
  /// endings only from words of at least 5; a candidate counts only if it matches a gazetteer
  /// form, so `Paris` → `Pari` is tried but harmless.
  /// - Complexity: O(*n*) in the length of the name.
  package static func inflectedForms(of name: String) -> [String] {
    var words = name.utf8.split(separator: 0x20).map { String(Substring($0)) }
    var bases: [[String]] = []
    if words.count >= 2, articles.contains(words[0].lowercased()) {
      words.removeFirst()
      bases.append(words)
    } else {
      bases.append(words)
    }
    var adjectival = words
    var changed = false
    for position in adjectival.indices.dropLast() {
      if let base = adjectiveBase(adjectival[position]) {
        adjectival[position] = base
        changed = true
      }
    }
    if changed { bases.append(adjectival) }
    var forms: [String] = []
    func add(_ words: [String]) {
      let form = words.joined(separator: " ")
      if form != name && !form.isEmpty && !forms.contains(form) { forms.append(form) }
    }
    for base in bases {
      add(base)
      guard let last = base.last else { continue }
      for stripped in genitiveBases(last) {
        var form = base
        form[form.count - 1] = stripped
        add(form)
      }
    }
    return forms
  }

  /// The forms of a last word without a genitive ending: `Putins`→`Putin`, `Kremles`→`Kreml`
  /// (and `Kremle`), `Borrell'`→`Borrell`.
  /// - Complexity: O(*n*) in the length of the word.
  static func genitiveBases(_ word: String) -> [String] {
    let bytes = Array(word.utf8)
    guard let last = bytes.last else { return [] }
    func dropping(_ count: Int) -> String {
      String(decoding: bytes[..<(bytes.count - count)], as: UTF8.self)
    }
    if last == 0x27 { return [dropping(1)] }
    // `’` (U+2019) is E2 80 99.
    if bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80,
      last == 0x99
    {
      return [dropping(3)]
    }
    guard last == 0x73, bytes.count >= 4 else { return [] }
    var result = [dropping(1)]
    if bytes[bytes.count - 2] == 0x65, bytes.count >= 5 { result.append(dropping(2)) }
    return result
  }

  /// The `-e` form of a weakly inflected adjective (`Europäischen`→`Europäische`,
  /// `Vereinigten`→`Vereinigte`, `Schwarzes`→`Schwarze`), or nil.
  /// - Complexity: O(*n*) in the length of the word.
  static func adjectiveBase(_ word: String) -> String? {
    GermanInflection.adjectiveBase(Array(word.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }
}
