extension EntityTagger {
  /// Pass 3: persons the gazetteer does not know.
  ///
  /// A name is a run of up to four capitalized words that starts with a known given name (even
  /// where an earlier pass took the next word alone for a place or organization), or
  /// follows a role or title (`Präsident`, `Expertin`), or stands next to a verb of saying
  /// (`sagte Marquardt`), or is a photo credit before a slash (`Foto: Anna Berg/Reuters`), or
  /// ends in a surname ending of the region after another name word (`Ajdos Serikbajew`).
  func tagUnknownPersons(_ state: inout TaggingState, _ table: TokenFactsTable) {
    releaseSurnamesAfterGivenNames(&state)
    var index = 0
    while index < state.tokens.count {
      guard isNameWord(index, state), !looksLikeCommonNoun(index, state) else {
        index += 1
        continue
      }
      let startsWithGivenName = state.has(index, .givenName)
      // A role after a form of address is no name (`Herr Bürgermeister`).
      let afterCue =
        index > 0 && state.has(index - 1, .personCue) && !state.has(index, .personCue)
      var last = index
      while last + 1 < state.tokens.count, last - index + 1 < Self.maxRun,
        isNameWord(last + 1, state),
        !looksLikeCommonNoun(last + 1, state), state.adjacent(last, last + 1)
      {
        last += 1
      }
      let surnameShaped =
        last > index && state.has(last, .surnameEnding)
        && !state.sentenceInitial[index]
      let credit =
        last + 1 < state.tokens.count && state.tokens[last + 1].kind == .punctuation
        && state.text[state.tokens[last + 1].start] == UInt8(ascii: "/")
      // A verb of saying before a single word (`sagte Marquardt`), or on either side of two or
      // more (`Lina Marquardt sagte`): a single word before the verb is too often a noun
      // (`Tokajews Büro teilte mit`).
      let saying =
        isReportingVerb(index - 1, state) || (last > index && isReportingVerb(last + 1, state))
      var first = index
      let accepted: (method: MentionMethod, confidence: Double)?
      if startsWithGivenName && last > index {
        accepted = (.givenName, 0.85)
      } else if afterCue {
        accepted = (.pattern, 0.75)
      } else if credit && last > index {
        accepted = (.pattern, 0.8)
      } else if surnameShaped {
        // Only the given name and the surname: a noun before them (`Bäuerin`) is no part of it.
        first = last - 1
        accepted = (.pattern, 0.7)
      } else if saying && !state.sentenceInitial[index] {
        accepted = (.pattern, 0.6)
      } else {
        accepted = nil
      }
      guard let accepted else {
        index += 1
        continue
      }
      let name = state.string(from: first, through: last)
      let resolution = resolve(name, type: .person, table)
      let mention = EntityMention(
        start: state.tokens[first].start, end: state.tokens[last].end,
        entityID: resolution.entityID,
        canonicalName: resolution.entryIndex == nil ? name : resolution.canonicalName,
        type: .person,
        method: accepted.method, how: resolution.how, confidence: accepted.confidence)
      state.add(mention, tokens: first, last)
      if last > first { state.surnames[state.folded(last)] = mention }
      index = last + 1
    }
  }

  /// A place or organization of one word that an earlier pass found right after a given name is
  /// that person's surname (`Wolfgang Wagner`, `George Washington`, `Louis Saha`, which is not
  /// `Sacha`): its mention is dropped and its token freed, so that the given-name rule takes
  /// both words. Given names and gazetteer names never share a spelling, so the given name
  /// itself is never such a mention.
  /// - Complexity: O(t + m) in tokens and mentions, plus O(m) for each given name before a
  ///   claimed capitalized word.
  private func releaseSurnamesAfterGivenNames(_ state: inout TaggingState) {
    for index in state.tokens.indices.dropLast()
    where state.has(index, .givenName) && isNameWord(index, state) && state.claimed[index + 1]
      && state.isCapitalized(index + 1) && state.adjacent(index, index + 1)
    {
      let word = state.tokens[index + 1]
      guard
        let position = state.mentions.firstIndex(where: {
          $0.start == word.start && $0.end == word.end
        }),
        state.mentions[position].type != .person, state.mentions[position].form == .name,
        !state.mentions[position].inCompound
      else { continue }
      state.mentions.remove(at: position)
      state.claimed[index + 1] = false
    }
  }

  /// Whether the token is a verb of saying.
  private func isReportingVerb(_ index: Int, _ state: TaggingState) -> Bool {
    index >= 0 && index < state.tokens.count && state.has(index, .reportingVerb)
  }

  /// Whether a capitalized word has the ending of a German abstract noun (`-ung`, `-heit`,
  /// `-keit`, `-schaft`, `-ität`, `-tion`, `-ismus`), which names almost never have.
  func looksLikeCommonNoun(_ index: Int, _ state: TaggingState) -> Bool {
    state.has(index, .commonNounEnding)
  }
}
