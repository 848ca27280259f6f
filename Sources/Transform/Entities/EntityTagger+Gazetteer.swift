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
      if state.has(index, .opensPhrase), let (phrase, last, how) = longestPhrase(at: index, state),
        !isAdjectiveInAName(phrase, at: index, state)
      {
        let mention = mention(
          entry: phrase.entry, start: state.tokens[index].start, end: state.tokens[last].end,
          form: phrase.form, method: .gazetteer, how: how, confidence: 0.95)
        state.add(mention, tokens: index, last)
        index = last + 1
        continue
      }
      if state.has(index, .hasCompoundPart) { tagCompoundPart(at: index, &state) }
      index += 1
    }
  }

  /// Whether the one-word party name `phrase` at token `index` is an adjective of that shape
  /// in another name or phrase (`Grünen`, `Linken` are the parties, but not in `der Grünen
  /// Woche`, `der Europäischen Linken`, `die französischen Linken`): a capitalized word right
  /// after it, a capitalized adjective other than the first word of the sentence right before
  /// it, or a lowercase adjective of another country right before it.
  private func isAdjectiveInAName(
    _ phrase: PhraseIndex.Phrase, at index: Int, _ state: TaggingState
  )
    -> Bool
  {
    guard phrase.isAdjectiveShapedParty else { return false }
    let next = index + 1
    if next < state.tokens.count, state.tokens[next].kind == .word, state.isCapitalized(next),
      state.adjacent(index, next)
    {
      return true
    }
    let previous = index - 1
    guard previous >= 0, state.tokens[previous].kind == .word, state.adjacent(previous, index),
      !state.has(previous, .determiner)
    else { return false }
    if state.isCapitalized(previous) {
      return !state.sentenceInitial[previous]
        && GermanInflection.hasWeakAdjectiveEnding(state.folded(previous).bytes[...])
    }
    // Another country's (`die französischen Linken`), not the party's own (`die deutschen Grünen`).
    guard state.has(previous, .gazetteerAdjective), let place = state.facts(previous).adjectiveEntry
    else { return false }
    return gazetteer.entries[place].country != gazetteer.entries[phrase.entry].country
  }

  /// The longest phrase that matches at token `first`: the phrase, its last token and how.
  private func longestPhrase(at first: Int, _ state: TaggingState) -> (
    PhraseIndex.Phrase, Int, MatchMethod
  )? {
    let id = Int(state.ids[first])
    let capitalized = state.isCapitalized(first)
    // The next token, when a multiword phrase could go on there: the digests of it and of its
    // bases without a one- or two-letter ending, since most candidates fail on it.
    let next = first + 1
    var seconds: (UInt64, UInt64, UInt64) = (0, 0, 0)
    if next < state.tokens.count, state.adjacent(first, next), !state.claimed[next] {
      seconds = state.lexemes[Int(state.ids[next])].stemDigests
    }
    func mayTry(_ second: UInt64) -> Bool {
      second == 0 || second == seconds.0 || second == seconds.1 || second == seconds.2
    }
    // The lexeme's lists are read in place (a local copy of each costs a retain and a release).
    // Its phrases are longest first: the multiword ones, then those of one word, which the
    // multiword names an inflected adjective opens go before (`Deutscher Welle` is the
    // broadcaster, though `Deutscher` alone is a German).
    let phrases = state.lexemes[id].phrases.count
    var position = 0
    while position < phrases, state.lexemes[id].phrases[position].tokens.count > 1 {
      if mayTry(state.lexemes[id].phraseSeconds[position]),
        let found = phraseMatch(at: position, first, id, state, capitalized: capitalized)
      {
        return found
      }
      position += 1
    }
    // An inflected adjective opening a multiword name: `Europäischen Union`, `Russischen Föderation`.
    if capitalized {
      for base in state.lexemes[id].adjectiveBaseSeconds.indices
      where mayTry(state.lexemes[id].adjectiveBaseSeconds[base]) {
        if let last = match(
          state.lexemes[id].adjectiveBasePhrases[base], at: first, state, capitalized: capitalized)
        {
          return (state.lexemes[id].adjectiveBasePhrases[base], last.index, .inflection)
        }
      }
    }
    while position < phrases {
      if let found = phraseMatch(at: position, first, id, state, capitalized: capitalized) {
        return found
      }
      position += 1
    }
    guard capitalized else { return nil }
    // A genitive on a one-word name: `Russlands`, `Moskaus`, `Kremls`, `Putins`; not a given
    // name before a capitalized word, which is a person's (`Nils Hahn`, not of the Nile), unless
    // an article says genitive (`des Nils Afrikas`).
    if state.has(first, .givenName), next < state.tokens.count, state.isCapitalized(next),
      state.adjacent(first, next), first == 0 || !state.has(first - 1, .determiner)
    {
      return nil
    }
    return state.lexemes[id].genitivePhrase.map { ($0, first, .inflection) }
  }

  /// The match of phrase `position` of lexeme `id` at token `first`, as `longestPhrase` returns
  /// it.
  @inline(__always)
  private func phraseMatch(
    at position: Int, _ first: Int, _ id: Int, _ state: TaggingState, capitalized: Bool
  ) -> (PhraseIndex.Phrase, Int, MatchMethod)? {
    guard
      let last = match(
        state.lexemes[id].phrases[position], at: first, state, capitalized: capitalized)
    else { return nil }
    return (state.lexemes[id].phrases[position], last.index, last.inflected ? .inflection : .exact)
  }

  /// Whether `phrase` matches starting at token `first`; its last token and whether it was inflected.
  private func match(
    _ phrase: PhraseIndex.Phrase, at first: Int, _ state: TaggingState, capitalized: Bool
  )
    -> (index: Int, inflected: Bool)?
  {
    if let exact = phrase.exactCase {
      return state.bytes(first).elementsEqual(exact) ? (first, false) : nil
    }
    // Names start with a capital in the text unless the name itself starts lowercase (`von der Leyen`).
    if !capitalized, !phrase.startsLowercase { return nil }
    var inflected = false
    var index = first
    for position in 1..<max(phrase.tokens.count, 1) {
      let next = index + 1
      guard next < state.tokens.count, state.adjacent(index, next), !state.claimed[next] else {
        return nil
      }
      let word = state.folded(next)
      let expected = phrase.tokens[position]
      if word != expected {
        guard GermanInflection.isInflection(word.bytes, of: expected.bytes) else { return nil }
        inflected = true
      }
      index = next
    }
    if phrase.tokens.count > 1, !inflected, state.folded(first) != phrase.tokens[0] {
      inflected = true
    }
    return (index, inflected)
  }

  /// The name part before the first hyphen of a compound (`OVKS-Gipfel`, `Kreml-Sprecher`,
  /// `US-Streitkräfte`), when it is a one-word gazetteer name.
  private func tagCompoundPart(at index: Int, _ state: inout TaggingState) {
    guard let (phrase, length) = state.facts(index).compoundPart else { return }
    let start = state.tokens[index].start
    let mention = mention(
      entry: phrase.entry, start: start, end: start + length, form: phrase.form,
      method: .gazetteer,
      how: .exact, confidence: 0.9, inCompound: true)
    state.add(mention, tokens: index, index)
  }
}
