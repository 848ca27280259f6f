extension EntityTagger {
  /// Pass 3: persons the gazetteer does not know.
  ///
  /// A name is a run of up to four capitalized words or initials (`W. Fesenko`) that starts with a
  /// known given name (even where an earlier pass took the next word alone for a place or
  /// organization, and with name particles: `Patrick von Brunn`), or has an initial before its
  /// last word, or
  /// follows a role or title (`Präsident`, `Expertin`), or stands next to a verb of saying
  /// (`sagte Marquardt`), or is a photo credit before a slash (`Foto: Anna Berg/Reuters`), or
  /// ends in a surname ending of the region after another name word (`Ajdos Serikbajew`).
  func tagUnknownPersons(_ state: inout TaggingState, _ table: TokenFactsTable) {
    var index = 0
    while index < state.tokens.count {
      guard isNameWord(index, state), !looksLikeCommonNoun(index, state) else {
        index += 1
        continue
      }
      let startsWithGivenName = state.has(index, .givenName)
      if startsWithGivenName, index + 1 < state.tokens.count, state.claimed[index + 1] {
        releaseSurname(after: index, &state)
      }
      // A role after a form of address is no name (`Herr Bürgermeister`).
      let afterCue =
        index > 0 && state.has(index - 1, .personCue) && !state.has(index, .personCue)
      var last = index
      var words = 1
      // The first initial of the run, if any.
      var firstInitial: Int?
      while words < Self.maxRun {
        // An initial and its period (`W. Fesenko`, `George W. Bush`) lead on to the next word.
        if let next = wordAfterInitial(last, state) {
          if firstInitial == nil { firstInitial = last }
          last = next
        } else if last + 1 < state.tokens.count, isNameWord(last + 1, state),
          !looksLikeCommonNoun(last + 1, state), state.adjacent(last, last + 1)
        {
          last += 1
        } else {
          break
        }
        words += 1
      }
      // A given name alone before name particles and a name (`Patrick von Brunn`, `Ursula von
      // der Leyen`, `Giacomo della Porta`); not after a longer run, which is a name of its own
      // (`Tim Cook von Apple`).
      if startsWithGivenName, last == index, let surname = surnameAfterParticles(index, state) {
        last = surname
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
      } else if let firstInitial, !Self.isInitial(last, state) {
        // From the initials on: a noun before them (`Autoren A. Korsakow`) is no part of it.
        first = firstInitial
        accepted = (.pattern, 0.7)
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

  /// A place or organization of one word that an earlier pass found right after the given name
  /// at token `index` is that person's surname (`Wolfgang Wagner`, `George Washington`, `Louis
  /// Saha`, which is not `Sacha`): its mention is dropped and its token freed, so that the
  /// given-name rule takes both words. Given names and gazetteer names never share a spelling,
  /// so the given name itself is never such a mention.
  /// - Complexity: O(m) in the mentions so far.
  private func releaseSurname(after index: Int, _ state: inout TaggingState) {
    guard state.isCapitalized(index + 1), state.adjacent(index, index + 1) else { return }
    let word = state.tokens[index + 1]
    guard
      let position = state.mentions.firstIndex(where: {
        $0.start == word.start && $0.end == word.end
      }),
      state.mentions[position].type != .person, state.mentions[position].form == .name,
      !state.mentions[position].inCompound
    else { return }
    state.mentions.remove(at: position)
    state.claimed[index + 1] = false
  }

  /// The lowercase particles of names after a given name (`von`, `van`, `de`, `della`, `da`,
  /// `di`, `du`, `dos`, `ter`, `ten`, `bin`, `ibn`), and those that may follow `von`, `van` or `de`
  /// as a second one (`der`, `den`, `la`, `le`, `los`).
  private static let nameParticles: [[UInt8]] = [
    "von", "van", "de", "del", "della", "da", "di", "du", "dos", "ter", "ten", "bin", "ibn",
  ].map { Array($0.utf8) }
  private static let secondNameParticles: [[UInt8]] = ["der", "den", "la", "le", "los"].map {
    Array($0.utf8)
  }

  /// The name word after one or two name particles that follow token `index` (`von der` in
  /// `Ursula von der Leyen`), if there is one.
  private func surnameAfterParticles(_ index: Int, _ state: TaggingState) -> Int? {
    func isParticle(_ position: Int, in particles: [[UInt8]]) -> Bool {
      position < state.tokens.count && state.tokens[position].kind == .word
        && particles.contains { state.bytes(position).elementsEqual($0) }
    }
    guard isParticle(index + 1, in: Self.nameParticles), state.adjacent(index, index + 1) else {
      return nil
    }
    var next = index + 2
    if isParticle(next, in: Self.secondNameParticles), state.adjacent(next - 1, next) {
      next += 1
    }
    guard isNameWord(next, state), !looksLikeCommonNoun(next, state),
      state.adjacent(next - 1, next)
    else { return nil }
    return next
  }

  /// Whether token `index` is a single capital letter (`W`, `Ö`).
  static func isInitial(_ index: Int, _ state: TaggingState) -> Bool {
    let token = state.tokens[index]
    let first = state.text[token.start]
    switch token.end - token.start {
    case 1:
      return first >= 0x41 && first <= 0x5A
    case 2:
      let second = state.text[token.start + 1]
      return first == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97
    default:
      return false
    }
  }

  /// The word after token `index` when that token is an initial with its period right after it
  /// (`W.` in `W. Fesenko`): the next name word, not a noun (`Teil B. Die`).
  private func wordAfterInitial(_ index: Int, _ state: TaggingState) -> Int? {
    let period = index + 1
    // The period first: most name words have none right after them.
    guard period + 1 < state.tokens.count, state.tokens[period].start == state.tokens[index].end,
      state.tokens[period].kind == .punctuation,
      state.text[state.tokens[period].start] == UInt8(ascii: "."), Self.isInitial(index, state),
      isNameWord(period + 1, state), !looksLikeCommonNoun(period + 1, state),
      state.adjacent(period, period + 1)
    else { return nil }
    return period + 1
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
