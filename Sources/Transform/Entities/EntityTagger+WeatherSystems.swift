extension EntityTagger {
  /// Pass 8: the given name of a storm or pressure system names no person or place. A
  /// capitalized word on the weather systems list (`Orkan`, `Sturmtief`, `Tief`) makes the
  /// capitalized word right after it a storm's name (`Orkan Kyrill`, `Tief Bernd`): every
  /// mention that covers it is dropped, and so is every one-word mention of the same spelling
  /// elsewhere in the document (`Kyrill zog weiter` after `Orkan Kyrill`).
  /// - Complexity: O(n) in the tokens; with storm names, O(m × s) more for m mentions and s
  ///   storm names.
  func dropWeatherSystemNames(_ state: inout TaggingState) {
    var names: [(bytes: Range<Int>, key: WordKey)] = []
    for index in state.tokens.indices.dropLast()
    where state.has(index, .weatherSystem) && state.isCapitalized(index)
      && state.isCapitalized(index + 1) && state.adjacent(index, index + 1)
    {
      let token = state.tokens[index + 1]
      names.append((token.start..<token.end, state.folded(index + 1)))
    }
    guard !names.isEmpty else { return }
    let text = state.text
    state.mentions.removeAll { mention in
      names.contains { name in
        (mention.start < name.bytes.upperBound && name.bytes.lowerBound < mention.end)
          || (mention.end - mention.start == name.bytes.count
            && WordKey(folding: text[mention.start..<mention.end]) == name.key)
      }
    }
  }
}
