extension EntityTagger {
  /// Pass 4: organizations from acronym definitions (`Institute for the Study of War (ISW)`),
  /// from name patterns, and unknown all-caps acronyms, except in a line of text set in capitals
  /// (`GRÖSSTE ANGRIFFE SEIT MONATEN`), where an all-caps word is an ordinary word.
  func tagOrganizations(_ state: inout TaggingState, _ table: TokenFactsTable) {
    tagPartiesAfterPersons(&state, table)
    tagAcronymDefinitions(&state, table)
    tagOrganizationPatterns(&state, table)
    tagCompanyShapedWords(&state, table)
    for index in state.tokens.indices
    where !state.claimed[index] && state.tokens[index].kind == .word {
      let bytes = state.bytes(index)
      guard state.has(index, .acronym), bytes.count <= 8, !state.has(index, .notName),
        !Self.isRomanNumeral(bytes)
      else {
        continue
      }
      if !state.acronyms.isEmpty, let known = state.acronyms[WordKey(folded: Array(bytes))] {
        var mention = known
        mention.start = state.tokens[index].start
        mention.end = state.tokens[index].end
        mention.method = .acronym
        state.add(mention, tokens: index, index)
        continue
      }
      if Self.isInCapitalsRun(index, state) { continue }
      state.add(
        patternMention(
          state, from: index, through: index, type: .organization, confidence: 0.5, table),
        tokens: index, index)
    }
  }

  /// A place that the gazetteer pass found, as written, right after the word at token `index`
  /// that opens an organization's name is part of that name (`Universität Greifswald`,
  /// `Hochschule Hannover`, `Zenit St. Petersburg`): its mention is dropped and its tokens
  /// freed for the pattern. An inflected place is not (`im Zentrum Kiews` is the city's
  /// centre).
  /// - Returns: the last token of the dropped mention, or `nil` when none was dropped.
  /// - Complexity: O(m) in the mentions so far.
  private func releasePlace(after index: Int, _ state: inout TaggingState) -> Int? {
    let next = index + 1
    guard state.isCapitalized(index), state.isCapitalized(next), !state.has(next, .notName),
      state.adjacent(index, next)
    else { return nil }
    guard let (position, last) = state.mention(startingAt: next),
      state.mentions[position].type == .location, state.mentions[position].how == .exact,
      state.mentions[position].form == .name, !state.mentions[position].inCompound
    else { return nil }
    state.release(position, tokens: next...last)
    return last
  }

  /// The fewest all-caps words in a row, with nothing but spaces between them, that make text
  /// set in capitals rather than a list of acronyms.
  static let capitalsRunLength = 3

  /// Whether the all-caps word at token `index` stands among at least `capitalsRunLength`
  /// all-caps words in a row (`GRÖSSTE ANGRIFFE SEIT MONATEN AUF KIEW`; `NATO und EU` is none).
  /// - Complexity: O(`capitalsRunLength`).
  static func isInCapitalsRun(_ index: Int, _ state: TaggingState) -> Bool {
    func isCapitals(_ position: Int) -> Bool {
      position >= 0 && position < state.tokens.count && state.tokens[position].kind == .word
        && state.has(position, .acronym)
    }
    var first = index
    while index - first < capitalsRunLength - 1, isCapitals(first - 1),
      state.adjacent(first - 1, first)
    {
      first -= 1
    }
    var last = index
    while last - first < capitalsRunLength - 1, isCapitals(last + 1), state.adjacent(last, last + 1)
    {
      last += 1
    }
    return last - first + 1 >= capitalsRunLength
  }

  /// Whether the company word at token `index` is followed by another one that ends the name
  /// (`Bank` in `Deutsche Bank AG`), which then takes the span.
  private func endsLater(_ index: Int, _ state: TaggingState) -> Bool {
    index + 1 < state.tokens.count && state.has(index + 1, .trailingOrgWord)
      && state.isCapitalized(index + 1) && state.adjacent(index, index + 1)
  }

  /// The name of tokens `first...last` with its opening adjective in the `-e` form, so that
  /// every case of it names the same organization (`der Deutschen Bank` → `Deutsche Bank`).
  static func nameWithBaseAdjective(_ first: Int, _ last: Int, _ state: TaggingState) -> String {
    let adjective = state.bytes(first)
    let rest = Array(state.string(from: first, through: last).utf8.dropFirst(adjective.count))
    let inflected = GermanInflection.hasWeakAdjectiveEnding(state.folded(first).bytes[...])
    return String(decoding: inflected ? adjective.dropLast() : adjective, as: UTF8.self)
      + String(decoding: rest, as: UTF8.self)
  }

  /// A capitalized gazetteer adjective right before token `first`, where an organization's name
  /// ending in a company word starts, is part of that name (`Deutsche Bank AG`, `Deutsche Bank`,
  /// `Russische Eisenbahnen AG`): German capitalizes an adjective inside a sentence only in a
  /// name. Its mention is dropped and its token freed.
  /// - Returns: whether a mention was dropped.
  /// - Complexity: O(m) in the mentions so far.
  private func releaseAdjective(before first: Int, _ state: inout TaggingState) -> Bool {
    let previous = first - 1
    guard state.claimed[previous], state.isCapitalized(previous), state.adjacent(previous, first),
      let position = adjectiveMention(at: previous, state)
    else { return false }
    state.release(position, token: previous)
    return true
  }

  /// Whether an all-caps word is written with the Roman numerals I, V and X only (`II`, `XIV`),
  /// as in `Ottos II.` or `Teil IV`: a number, not an organization.
  static func isRomanNumeral(_ bytes: ArraySlice<UInt8>) -> Bool {
    !bytes.isEmpty && bytes.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }

  /// `Person (Party)`: a party's short name in parentheses right after a person, as German news
  /// gives a politician's party (`Anna Roth (Grüne)`, `Jan Beck (Linke)`), in the singular
  /// form that the gazetteer lists in the plural or oblique `-en` form (`Grünen`, `Linken`),
  /// which elsewhere would be an ordinary adjective (`Grüne Energie`). Acronyms are left to
  /// `tagAcronymDefinitions`.
  /// - Complexity: O(n) in the tokens, plus O(m) in the mentions so far for each candidate.
  private func tagPartiesAfterPersons(_ state: inout TaggingState, _ table: TokenFactsTable) {
    let tokens = state.tokens
    for word in tokens.indices.dropFirst(2) where state.isInParentheses(word) {
      let open = word - 1
      guard !state.claimed[word], state.isCapitalized(word), !state.has(word, .acronym),
        state.claimed[open - 1],
        state.text[tokens[word].end - 1] == UInt8(ascii: "e"),
        state.mentions.last(where: { $0.end == tokens[open - 1].end })?.type == .person
      else { continue }
      let resolution = resolve(state.string(word) + "n", type: .organization, table)
      guard resolution.how == .exact, let entry = resolution.entryIndex,
        gazetteer.entries[entry].kind == "party"
      else { continue }
      state.add(
        mention(
          entry: entry, start: tokens[word].start, end: tokens[word].end, form: .name,
          method: .gazetteer, how: .inflection, confidence: 0.9),
        tokens: word, word)
    }
  }

  /// `Long Name (ACR)`: the long name becomes an organization (unless already tagged) and the
  /// acronym an alias of it in this document. An acronym on the not-names list names no
  /// organization (`Künstliche Intelligenz (KI)`).
  private func tagAcronymDefinitions(_ state: inout TaggingState, _ table: TokenFactsTable) {
    let tokens = state.tokens
    // Adjectives taken back for names spelled by their acronyms; see `maxReleases`.
    var releases = 0
    for acronym in tokens.indices.dropFirst() where state.isInParentheses(acronym) {
      let open = acronym - 1
      guard state.has(acronym, .acronym), !state.has(acronym, .notName) else { continue }
      let key = WordKey(folded: Array(state.bytes(acronym)))
      // A tagged name right before the parenthesis lends its entity to the acronym, unless it
      // ends a longer name (`Zentralasiens` in `Amerikanischen Universität Zentralasiens
      // (AUCA)`). A person's acronym is an affiliation, mostly a party (`Peter Lenz (BSV)`),
      // left to the acronym pass below, unless it spells the person's name or the person is a
      // mistake (see `reading(ofAcronym:after:open:_:)`).
      var personTail: Int?
      if open > 0,
        let position = state.mentions.lastIndex(where: { $0.end == tokens[open - 1].end })
      {
        let previous = state.mentions[position]
        var lends = !endsLongerName(previous, state)
        if previous.type == .person {
          switch reading(ofAcronym: acronym, after: position, open: open, &state) {
          case .affiliation: continue
          case .initials: lends = true
          case .longName(let first):
            personTail = first
            lends = false
          }
        }
        if lends {
          if !state.claimed[acronym] {
            var alias = previous
            alias.start = tokens[acronym].start
            alias.end = tokens[acronym].end
            alias.method = .acronym
            alias.inCompound = false
            state.add(alias, tokens: acronym, acronym)
          }
          state.acronyms[key] = previous
          continue
        }
      }
      // Otherwise the words whose initials spell the acronym (taking back the adjectives among
      // them, at most `maxReleases` in a document; not for an acronym the gazetteer knows, such
      // as `ZDF`, which keeps its entity), or else the run of capitalized words (with
      // connectors) before the parenthesis.
      let spelled =
        releases < Self.maxReleases && !state.claimed[acronym]
        ? initialsStart(of: acronym, before: open, state) : nil
      guard let first = personTail ?? spelled ?? capitalizedRunStart(before: open, state) else {
        continue
      }
      for word in first..<open where state.claimed[word] {
        if let position = adjectiveMention(at: word, state) {
          state.release(position, token: word)
          releases += 1
        }
      }
      let mention = patternMention(
        state, from: first, through: open - 1, type: .organization, confidence: 0.8, table)
      state.add(mention, tokens: first, open - 1)
      var alias = mention
      alias.start = tokens[acronym].start
      alias.end = tokens[acronym].end
      alias.method = .acronym
      if !state.claimed[acronym] { state.add(alias, tokens: acronym, acronym) }
      state.acronyms[key] = mention
    }
  }

  /// The first of the words right before token `open` whose initials spell the acronym at
  /// token `acronym`, in its order and in any case, where every word whose initial is not the
  /// next letter is a lowercase one skipped (`Georgische Vereinigung junger Wahlbeobachter
  /// (GVJW)`, `Alternative für Deutschland (AfD)`, `Institute for the Study of War (ISW)`); the
  /// first word is a capitalized one. `nil` when no such run of words on one line is there,
  /// each unclaimed, among the tokens `claimed` (a mention the caller takes back) or a one-word
  /// adjective mention (`Bund Deutscher Kriminalbeamter (BDK)`), which the caller releases.
  /// - Complexity: O(a × m) for an acronym of length a and m mentions so far (a search of the
  ///   mentions for each claimed word).
  private func initialsStart(
    of acronym: Int, before open: Int, _ state: TaggingState, taking claimed: Range<Int> = 0..<0
  ) -> Int? {
    let letters = Array(state.folded(acronym).bytes)
    guard letters.count >= 2, letters.allSatisfy({ $0 < 0x80 }), open > 0 else { return nil }
    var remaining = letters.count
    var word = open - 1
    var skips = Self.maxSkippedWords
    while word >= 0, state.tokens[word].kind == .word,
      !state.claimed[word] || claimed.contains(word) || adjectiveMention(at: word, state) != nil
    {
      if state.folded(word).bytes.first == letters[remaining - 1] {
        remaining -= 1
        if remaining == 0 { return state.isCapitalized(word) ? word : nil }
      } else if state.isCapitalized(word) || skips == 0 {
        return nil
      } else {
        skips -= 1
      }
      guard word > 0, state.adjacent(word - 1, word) else { return nil }
      word -= 1
    }
    return nil
  }

  /// What an acronym in parentheses after a person stands for.
  private enum AcronymAfterPerson {
    /// The person's affiliation, mostly a party (`Peter Lenz (BSV)`).
    case affiliation
    /// The person, by the initials of their name (`Andrés Manuel López Obrador (AMLO)`).
    case initials
    /// A longer name that ends in words taken for a person, from this word on (`Eastern
    /// Partnership Review (EPR)`, where `Partnership Review` looked like a person's name).
    case longName(Int)
  }

  /// What the acronym at token `acronym` stands for after the person mention at `position`,
  /// which ends right before its parenthesis at token `open`: the person when the initials of
  /// the person's words spell it; a longer name when they spell it from words before the
  /// person, if the person was found by its shape alone (the person mention is then taken
  /// back); the affiliation otherwise.
  /// - Complexity: O(a × m) for an acronym of length a and m mentions so far.
  private func reading(
    ofAcronym acronym: Int, after position: Int, open: Int, _ state: inout TaggingState
  ) -> AcronymAfterPerson {
    let person = state.mentions[position]
    guard !state.claimed[acronym],
      let span = state.tokens(exactlyCovering: person.start, person.end),
      let first = initialsStart(of: acronym, before: open, state, taking: span)
    else { return .affiliation }
    if first == span.lowerBound { return .initials }
    guard first < span.lowerBound, person.method == .pattern else { return .affiliation }
    state.release(position, tokens: span.lowerBound...(span.upperBound - 1))
    return .longName(first)
  }

  /// Whether `mention` is the end of a longer name: right after an unclaimed capitalized word
  /// inside the sentence (`Zentralasiens` in `Amerikanischen Universität Zentralasiens`).
  private func endsLongerName(_ mention: EntityMention, _ state: TaggingState) -> Bool {
    guard let span = state.tokens(exactlyCovering: mention.start, mention.end) else {
      return false
    }
    let before = span.lowerBound - 1
    return before >= 0 && isNameWord(before, state) && !state.sentenceInitial[before]
      && state.adjacent(before, span.lowerBound)
  }

  /// The most lowercase words between the initials that `initialsStart` skips (`für`, `der`,
  /// `in`, `the`, `of`).
  private static let maxSkippedWords = 4

  /// The position in `mentions` of the mention of token `index` alone in adjective form, not
  /// inside a compound, if there is one.
  /// - Complexity: O(m) in the mentions so far.
  private func adjectiveMention(at index: Int, _ state: TaggingState) -> Int? {
    guard let position = state.mention(coveringOnly: index),
      state.mentions[position].form == .adjective, !state.mentions[position].inCompound
    else { return nil }
    return position
  }

  /// The first of the run of capitalized words (with connectors between them) right before
  /// token `open`, when it holds at least two capitalized words.
  /// - Complexity: O(n) in the length of the run.
  private func capitalizedRunStart(before open: Int, _ state: TaggingState) -> Int? {
    var first = open - 1
    var contentWords = 0
    while first >= 0, !state.claimed[first], state.tokens[first].kind == .word {
      if isNameWord(first, state) {
        contentWords += 1
      } else if !state.has(first, .connector) {
        break
      }
      if first == 0 || !state.adjacent(first - 1, first) { break }
      first -= 1
    }
    first = max(first, 0)
    while first < open - 1, !isNameWord(first, state) { first += 1 }
    guard contentWords >= 2, first < open, isNameWord(first, state) else { return nil }
    return first
  }

  /// Words shaped like company and brand names (`RusHydro`, `QazaqGaz`: a capital inside the
  /// word after a small letter) and hyphen compounds naming a university or institute
  /// (`Ilia-Staatsuniversität`).
  private func tagCompanyShapedWords(_ state: inout TaggingState, _ table: TokenFactsTable) {
    for index in state.tokens.indices
    where state.has(index, .companyShaped) && isNameWord(index, state) {
      state.add(
        patternMention(
          state, from: index, through: index, type: .organization, confidence: 0.6, table),
        tokens: index, index)
    }
  }

  /// The endings that make a hyphenated word an institution (`Lomonossow-Universität`).
  private static let institutions = ["universität", "institut", "akademie", "hochschule"].map {
    Array($0.utf8)
  }

  /// Whether a spelling is `WordFlags.companyShaped`; `folded` is its `WordKey` bytes.
  /// - Complexity: O(*n*) in the length of the spelling.
  static func isCompanyShaped(_ bytes: ArraySlice<UInt8>, folded: [UInt8]) -> Bool {
    var innerCapital = false
    var previousLower = false
    for byte in bytes {
      if byte >= 0x41 && byte <= 0x5A && previousLower { innerCapital = true }
      previousLower = byte >= 0x61 && byte <= 0x7A
    }
    let hyphenated = bytes.contains(UInt8(ascii: "-"))
    let institution =
      hyphenated
      && institutions.contains {
        folded.count > $0.count && folded.suffix($0.count).elementsEqual($0)
      }
    return (innerCapital && bytes.count >= 5 && !hyphenated) || institution
  }

  /// `Universität Oxford`, `Wagner Group`, `US European Command`.
  private func tagOrganizationPatterns(_ state: inout TaggingState, _ table: TokenFactsTable) {
    let tokens = state.tokens
    // Places taken back for names; see `maxReleases`.
    var releases = 0
    for index in tokens.indices where !state.claimed[index] && tokens[index].kind == .word {
      var span: (Int, Int)?
      // Whether the span opens with an adjective taken back from the gazetteer pass.
      var opensWithAdjective = false
      // The last token of a place taken back right after a leading word, if any.
      var placeEnd: Int?
      if state.has(index, .leadingOrgWord), index + 1 < tokens.count, state.claimed[index + 1],
        releases < Self.maxReleases
      {
        placeEnd = releasePlace(after: index, &state)
        if placeEnd != nil { releases += 1 }
      }
      if state.has(index, .leadingOrgWord), state.isCapitalized(index), index + 1 < tokens.count,
        isNameWord(index + 1, state), state.adjacent(index, index + 1)
      {
        span = (index, placeEnd ?? index + 1)
      } else if state.has(index, .trailingOrgWord), state.isCapitalized(index), index > 0,
        isNameWord(index - 1, state), state.adjacent(index - 1, index)
      {
        var first = index - 1
        while first > 0, index - first < 3, isNameWord(first - 1, state),
          !looksLikeCommonNoun(first - 1, state), state.adjacent(first - 1, first),
          !state.sentenceInitial[first]
        {
          first -= 1
        }
        if first > 0, releases < Self.maxReleases, releaseAdjective(before: first, &state) {
          releases += 1
          first -= 1
          opensWithAdjective = true
        }
        span = (first, index)
      } else if state.has(index, .trailingOrgWord), state.isCapitalized(index), index > 0,
        !state.sentenceInitial[index - 1], !endsLater(index, state), releases < Self.maxReleases,
        releaseAdjective(before: index, &state)
      {
        releases += 1
        span = (index - 1, index)
        opensWithAdjective = true
      }
      guard let (first, last) = span else { continue }
      state.add(
        patternMention(
          state, from: first, through: last, type: .organization, confidence: 0.7, table,
          name: opensWithAdjective ? Self.nameWithBaseAdjective(first, last, state) : nil),
        tokens: first, last)
    }
  }
}
