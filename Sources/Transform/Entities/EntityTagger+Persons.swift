extension EntityTagger {
  /// Pass 3: persons the gazetteer does not know.
  ///
  /// A name is a run of up to four capitalized words or initials (`W. Fesenko`) that starts with a
  /// known given name (even where an earlier pass took the next word alone for an organization or
  /// a place it matched only by variant, and with name particles: `Patrick von Brunn`), or has an
  /// initial before its last word, or follows a role or title (`Präsident`, `Expertin`), or
  /// stands next to a verb of saying (`sagte Marquardt`), or is a photo credit before a slash
  /// (`Foto: Anna Berg/Reuters`), or ends in a surname ending of the region after another name
  /// word (`Ajdos Serikbajew`).
  func tagUnknownPersons(_ state: inout TaggingState, _ table: TokenFactsTable) {
    var index = 0
    // Surnames taken back from earlier passes; see `maxReleases`.
    var releases = 0
    while index < state.tokens.count {
      guard isNameWord(index, state), !looksLikeCommonNoun(index, state) else {
        index += 1
        continue
      }
      let startsWithGivenName = state.has(index, .givenName)
      if startsWithGivenName, extendKnownPerson(after: index, &state) {
        index += 1
        continue
      }
      if startsWithGivenName, index + 1 < state.tokens.count, state.claimed[index + 1],
        releases < Self.maxReleases, releaseSurname(after: index, &state)
      {
        releases += 1
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
      // A run ending in a company's last word or legal form is the organization pass's
      // (`General Motors`, `Bauer AG`); other words that end organizations can end a person's
      // name (`Melissa Bank`).
      guard let accepted, !state.has(last, .companyEnding) else {
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

  /// The most mentions one document's person or organization pass takes back from the passes
  /// before it: each costs a search of the mentions so far, and a file of many thousands of
  /// names must not make that quadratic.
  static let maxReleases = 64

  /// An organization, a place matched only by its variant key or an inflection, or a gazetteer
  /// person's surname alone (`Rustam Saidow`), of one word that an earlier pass found right
  /// after the (unclaimed) given name at token `index` is that person's surname (`Wolfgang
  /// Wagner`, `Louis Saha`, which is not `Sacha`): its mention is
  /// dropped and its token freed, so that the given-name rule takes both words. A place as
  /// written stays a place (`hatte Kim China besucht`, `Frank Moskau verlassen`), and so does a
  /// word the rule would not take (a common noun, a not-name).
  /// - Returns: whether a mention was dropped.
  /// - Complexity: O(m) in the mentions so far.
  private func releaseSurname(after index: Int, _ state: inout TaggingState) -> Bool {
    let next = index + 1
    guard state.isCapitalized(next), !state.has(next, .notName), !looksLikeCommonNoun(next, state),
      state.adjacent(index, next)
    else { return false }
    guard let position = state.mention(coveringOnly: next) else { return false }
    let mention = state.mentions[position]
    let weakPlace = mention.type == .location && mention.how != .exact && mention.how != .alias
    // A gazetteer person's surname alone after another given name is another person's
    // (`Rustam Saidow` is not the minister `Bachtijor Saidow`); the full name, resolved again,
    // still finds the gazetteer's person when it is a spelling of theirs.
    let otherPerson =
      mention.type == .person && mention.method == .gazetteer
      && !isGivenName(index, of: mention.entityID, state)
    guard mention.type == .organization || weakPlace || otherPerson, mention.form == .name,
      !mention.inCompound
    else { return false }
    state.release(position, token: next)
    return true
  }

  /// A gazetteer person's surname alone right after their own given name (`Kasym Tokaev`, a
  /// spelling the gazetteer does not list in full) takes the given name into its mention, which
  /// is then matched by variant.
  /// - Returns: whether the mention was extended.
  /// - Complexity: O(m) in the mentions so far.
  private func extendKnownPerson(after index: Int, _ state: inout TaggingState) -> Bool {
    let next = index + 1
    guard next < state.tokens.count, state.claimed[next], state.adjacent(index, next),
      let position = state.mention(coveringOnly: next),
      state.mentions[position].type == .person, state.mentions[position].method == .gazetteer,
      state.mentions[position].form == .name,
      isGivenName(index, of: state.mentions[position].entityID, state)
    else { return false }
    state.mentions[position].start = state.tokens[index].start
    state.mentions[position].how = .variant
    state.claimed[index] = true
    return true
  }

  /// Whether the word at token `index` is, by its variant key, the first word of one of the
  /// names of gazetteer entity `id` (`Jeenbek` of `Dscheenbek Kulubajew`, `Jeenbek Kulubaev`).
  /// - Complexity: O(1).
  private func isGivenName(_ index: Int, of id: String, _ state: TaggingState) -> Bool {
    // A word of no gazetteer name at all (most given names) is no first word of this one.
    guard state.has(index, .nameWordKey), let entry = gazetteer.index(ofID: id) else {
      return false
    }
    return phrases.givenNameKeys[entry]?.contains(state.facts(index).variantKey) == true
  }

  /// The name word after one or two lowercase name particles (`config/lexicon`) that follow
  /// token `index` (`von der` in `Ursula von der Leyen`), if there is one.
  private func surnameAfterParticles(_ index: Int, _ state: TaggingState) -> Int? {
    func isParticle(_ position: Int, _ flag: WordFlags) -> Bool {
      position < state.tokens.count && state.has(position, flag) && !state.isCapitalized(position)
    }
    guard isParticle(index + 1, .nameParticle), state.adjacent(index, index + 1) else {
      return nil
    }
    var next = index + 2
    var particles = 1
    if isParticle(next, .secondNameParticle), state.adjacent(next - 1, next) {
      next += 1
      particles += 1
    }
    guard isNameWord(next, state), !looksLikeCommonNoun(next, state),
      state.adjacent(next - 1, next)
    else { return nil }
    // After `von` alone a word in -en is a plural (`von Beamten befragt`, `von Unbekannten`);
    // names after it seldom end so (`von Brunn`, `von Beust`, but `von der Leyen`).
    if particles == 1, state.bytes(next).last == UInt8(ascii: "n"),
      state.bytes(next).dropLast().last == UInt8(ascii: "e")
    {
      return nil
    }
    return next
  }

  /// Whether token `index` is a single capital letter (`W`, `Ö`).
  private static func isInitial(_ index: Int, _ state: TaggingState) -> Bool {
    let token = state.tokens[index]
    let first = state.text[token.start]
    switch token.end - token.start {
    case 1:
      return first >= 0x41 && first <= 0x5A
    case 2:
      return FoldedWord.isLatin1Capital(first, state.text[token.start + 1])
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
  /// `-keit`, `-schaft`, `-ität`, `-tion`, `-ismus`) or of a compound naming a kind of
  /// organization or plant (`-konzern`, `-werk`), which names almost never have.
  func looksLikeCommonNoun(_ index: Int, _ state: TaggingState) -> Bool {
    state.has(index, .commonNounEnding)
  }
}
