extension EntityTagger {
  /// Pass 1: every gazetteer name form, longest first, with German inflection on the last token
  /// (`Russlands`, `Putins`, `des Kremls`, `Europäischen Union`) and the name part of compounds.
  func tagGazetteerPhrases(_ state: inout TaggingState) {
    var index = 0
    while index < state.tokens.count {
      guard state.tokens[index].kind == .word, !state.claimed[index] else {
        index += 1
        continue
      }
      if let (phrase, last, how) = longestPhrase(at: index, state) {
        let mention = mention(
          entry: phrase.entry, start: state.tokens[index].start, end: state.tokens[last].end,
          form: phrase.form, method: "gazetteer", how: how, confidence: 0.95)
        state.add(mention, tokens: index, last)
        index = last + 1
        continue
      }
      tagCompoundPart(at: index, &state)
      index += 1
    }
  }

  /// The longest phrase that matches at token `first`: the phrase, its last token and how.
  private func longestPhrase(at first: Int, _ state: TaggingState) -> (PhraseIndex.Phrase, Int, String)? {
    let word = state.folded(first)
    let capitalized = state.isCapitalized(first)
    for phrase in phrases.phrases(startingWith: word) {
      if let last = match(phrase, at: first, state, capitalized: capitalized) {
        return (phrase, last.index, last.inflected ? "inflection" : "exact")
      }
    }
    // An inflected adjective opening a multiword name: `Europäischen Union`, `Russischen Föderation`.
    if capitalized, let base = GermanInflection.adjectiveBase(word.bytes).map(WordKey.init(folded:)) {
      for phrase in phrases.phrases(startingWith: base) where phrase.tokens.count > 1 {
        if let last = match(phrase, at: first, state, capitalized: capitalized) {
          return (phrase, last.index, "inflection")
        }
      }
    }
    // A genitive on a one-word name: `Russlands`, `Moskaus`, `Kremls`, `Putins`.
    guard capitalized, let base = GermanInflection.genitiveBase(word.bytes).map(WordKey.init(folded:)) else {
      return nil
    }
    for phrase in phrases.phrases(startingWith: base) where phrase.tokens.count == 1 {
      if let exact = phrase.exactCase, !state.bytes(first).dropLast().elementsEqual(exact) {
        continue
      }
      return (phrase, first, "inflection")
    }
    return nil
  }

  /// Whether `phrase` matches starting at token `first`; its last token and whether it was inflected.
  private func match(_ phrase: PhraseIndex.Phrase, at first: Int, _ state: TaggingState, capitalized: Bool)
    -> (index: Int, inflected: Bool)?
  {
    if let exact = phrase.exactCase {
      return state.bytes(first).elementsEqual(exact) ? (first, false) : nil
    }
    // Names start with a capital in the text unless the name itself starts lowercase (`von der Leyen`).
    if !capitalized, let firstByte = phrase.surface.utf8.first, !(0x61...0x7A).contains(firstByte) {
      return nil
    }
    var inflected = false
    var index = first
    for position in 1..<max(phrase.tokens.count, 1) {
      let next = index + 1
      guard next < state.tokens.count, state.adjacent(index, next), !state.claimed[next] else { return nil }
      let word = state.folded(next)
      let expected = phrase.tokens[position]
      if word != expected {
        guard GermanInflection.isInflection(word.bytes, of: expected.bytes) else { return nil }
        inflected = true
      }
      index = next
    }
    if phrase.tokens.count > 1, !inflected, state.folded(first) != phrase.tokens[0] { inflected = true }
    return (index, inflected)
  }

  /// The name part before the first hyphen of a compound (`OVKS-Gipfel`, `Kreml-Sprecher`,
  /// `US-Streitkräfte`), when it is a one-word gazetteer name.
  private func tagCompoundPart(at index: Int, _ state: inout TaggingState) {
    let bytes = state.bytes(index)
    guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen > bytes.startIndex else { return }
    let part = bytes[bytes.startIndex..<hyphen]
    guard CharacterClass.startsUppercase(state.text, at: part.startIndex) else { return }
    let folded = WordKey(folding: part)
    for phrase in phrases.phrases(startingWith: folded) where phrase.tokens.count == 1 {
      if let exact = phrase.exactCase, !part.elementsEqual(exact) { continue }
      let mention = mention(
        entry: phrase.entry, start: part.startIndex, end: hyphen, form: phrase.form, method: "gazetteer",
        how: "exact", confidence: 0.9, inCompound: true)
      state.add(mention, tokens: index, index)
      return
    }
  }
}
