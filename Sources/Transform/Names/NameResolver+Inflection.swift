/// German inflection of names: the base forms a written form may come from.
extension NameResolver {
  /// German articles dropped before a name (`des Kremls`, `der Europäischen Union`).
  static let articles: [[UInt8]] = ["der", "die", "das", "des", "dem", "den"].map { Array($0.utf8) }

  /// Candidate base forms of an inflected name, most likely first, without `name` itself:
  /// a leading article dropped; the genitive `-s`, `-es` or apostrophe of the last word
  /// removed (`Putins`, `Moskaus`, `Kremles`, `Tbilissi'`); weak adjective endings `-en -er
  /// -em -es` of the words before the last turned into `-e` (`Europäischen Union`); and their
  /// combinations. The genitive is removed only from words of at least 4 letters and adjective
  /// endings only from words of at least 5; a candidate counts only if it matches a gazetteer
  /// form, so `Paris` → `Pari` is tried but harmless.
  ///
  /// Works on the name's bytes and builds a `String` only for each form it returns: most names
  /// (`Lina Marquardt`) have none.
  /// - Complexity: O(*n*) in the length of the name.
  package static func inflectedForms(of name: String) -> [String] {
    let whole = Array(name.utf8)
    guard mayBeInflected(whole) else { return [] }
    var words = whole.split(separator: 0x20)
    var bases: [[ArraySlice<UInt8>]] = []
    if words.count >= 2, isArticle(words[0]) { words.removeFirst() }
    bases.append(words)
    var adjectival = words
    var changed = false
    for position in adjectival.indices.dropLast() {
      if let base = GermanInflection.adjectiveBase(Array(adjectival[position])) {
        adjectival[position] = base[...]
        changed = true
      }
    }
    if changed { bases.append(adjectival) }
    var forms: [[UInt8]] = []
    func add(_ words: [ArraySlice<UInt8>]) {
      let form = Array(words.joined(separator: [0x20]))
      if form != whole && !form.isEmpty && !forms.contains(form) { forms.append(form) }
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
    return forms.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the name `bytes` (words separated by single spaces) could have a form of its own,
  /// by the same tests as `inflectedForms(of:)`: a last word with a genitive ending, an article
  /// before more words, or a word before the last with an adjective ending. Most names (`Lina
  /// Marquardt`) have none, and this scan spares them the splitting.
  /// - Complexity: O(*n*) in the length of the name.
  private static func mayBeInflected(_ bytes: [UInt8]) -> Bool {
    var wordStart = 0
    for index in bytes.indices where bytes[index] == 0x20 {
      let word = bytes[wordStart..<index]
      // An empty word: the name is not collapsed, so let the full path split it.
      if word.isEmpty || (wordStart == 0 && isArticle(word))
        || GermanInflection.hasWeakAdjectiveEnding(word)
      {
        return true
      }
      wordStart = index + 1
    }
    let last = bytes[wordStart...]
    // A trailing space leaves the last word empty: again not collapsed.
    return last.isEmpty ? !bytes.isEmpty : !genitiveBases(last).isEmpty
  }

  /// Whether `word` is a German article in any case (`Der`, `des`).
  private static func isArticle(_ word: ArraySlice<UInt8>) -> Bool {
    articles.contains { article in
      word.count == article.count
        && zip(word, article).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }
  }

  /// The forms of a last word without a genitive ending: `Putins`→`Putin`, `Kremles`→`Kreml`
  /// (and `Kremle`), `Borrell'`→`Borrell`.
  /// - Complexity: O(1).
  static func genitiveBases(_ word: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    guard let last = word.last else { return [] }
    func dropping(_ count: Int) -> ArraySlice<UInt8> { word.dropLast(count) }
    if last == 0x27 { return [dropping(1)] }
    // `’` (U+2019) is E2 80 99.
    if word.count >= 3, word.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) { return [dropping(3)] }
    guard last == 0x73, word.count >= 4 else { return [] }
    var result = [dropping(1)]
    if word[word.endIndex - 2] == 0x65, word.count >= 5 { result.append(dropping(2)) }
    return result
  }
}
