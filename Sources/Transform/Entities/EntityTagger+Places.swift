extension EntityTagger {
  /// Pass 3b: places the gazetteer does not know, after a place word (`am Fluss Naryn`,
  /// `im Dorf Kirants`, `Flughafen Boryspil`): the one capitalized word that follows.
  func tagUnknownPlaces(_ state: inout TaggingState) {
    for index in state.tokens.indices.dropLast() where state.tokens[index].kind == .word {
      let next = index + 1
      guard lexicons.placeCues.contains(state.folded(index)), isNameWord(next, state),
        !looksLikeCommonNoun(next, state), state.adjacent(index, next)
      else { continue }
      let name = state.string(next)
      let resolution = resolver.resolve(name, type: .location)
      state.add(
        EntityMention(
          start: state.tokens[next].start, end: state.tokens[next].end, entityID: resolution.entityID,
          canonicalName: resolution.entryIndex == nil ? name : resolution.canonicalName,
          type: resolution.type ?? .location, method: "pattern", how: resolution.how.rawValue,
          confidence: 0.7),
        tokens: next, next)
    }
  }
}
