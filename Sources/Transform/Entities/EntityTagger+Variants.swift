extension EntityTagger {
  /// The longest run of capitalized words considered as one name.
  static let maxRun = 4

  /// Pass 2: runs of capitalized, unclaimed words that the resolver links to a gazetteer entry
  /// by variant key (`Pashinyan` for `Paschinjan`), longest sub-run first.
  func tagResolvedRuns(_ state: inout TaggingState, _ table: TokenFactsTable) {
    var index = 0
    while index < state.tokens.count {
      guard isNameWord(index, state), state.has(index, .nameWordKey) else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < state.tokens.count, last - index + 1 < Self.maxRun,
        isNameWord(last + 1, state),
        state.adjacent(last, last + 1)
      {
        last += 1
      }
      if let (first, end, resolution) = bestResolution(from: index, through: last, state, table),
        let entry = resolution.entryIndex
      {
        let mention = mention(
          entry: entry, start: state.tokens[first].start, end: state.tokens[end].end, form: .name,
          method: resolution.how == .variant ? .variant : .gazetteer, how: resolution.how,
          confidence: 0.85)
        state.add(mention, tokens: first, end)
        index = end + 1
      } else {
        index += 1
      }
    }
  }

  /// Whether the token can be part of a name: an unclaimed capitalized word not in the not-names list.
  func isNameWord(_ index: Int, _ state: TaggingState) -> Bool {
    index < state.tokens.count && !state.claimed[index] && state.isCapitalized(index)
      && !state.has(index, .notName)
  }

  /// The longest sub-run of `first...last` that starts at `first` and resolves to a gazetteer entry.
  private func bestResolution(
    from first: Int, through last: Int, _ state: TaggingState, _ table: TokenFactsTable
  ) -> (Int, Int, NameResolution)? {
    var end = last
    while end >= first {
      let resolution = resolve(from: first, through: end, state, table)
      // Exact and alias forms were the phrase pass's job (with acronyms in their case, so `WELT`
      // does not make every `Welt` a newspaper); a surname alone is left to the coreference
      // pass, which knows this document's persons.
      // A given name alone is that person's name, not a variant of a place's (`Sophia` is not
      // `Sofia`).
      if resolution.entryIndex != nil, resolution.how == .variant || resolution.how == .inflection,
        !(end == first && resolution.how == .variant && state.has(first, .givenName))
      {
        return (first, end, resolution)
      }
      end -= 1
    }
    return nil
  }
}
