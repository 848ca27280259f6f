extension EntityTagger {
  /// Pass 3b: places the gazetteer does not know, after a place word (`am Fluss Naryn`,
  /// `im Dorf Kirants`, `Flughafen Boryspil`): the one capitalized word that follows.
  func tagUnknownPlaces(_ state: inout TaggingState, _ table: TokenFactsTable) {
    for index in state.tokens.indices.dropLast() where state.tokens[index].kind == .word {
      let next = index + 1
      guard state.has(index, .placeCue), isNameWord(next, state),
        !looksLikeCommonNoun(next, state), state.adjacent(index, next)
      else { continue }
      state.add(
        patternMention(state, from: next, through: next, type: .location, confidence: 0.7, table),
        tokens: next, next)
    }
  }
}
