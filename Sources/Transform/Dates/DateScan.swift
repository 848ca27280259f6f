/// One tagging pass over a token array: tries the grammar at each token and collects mentions.
struct DateScan {
  /// What kind of temporal expression a match is; the raw value is the `kind` column.
  enum Kind: String, Sendable {
    case date, duration, set, reference
  }

  /// Where a value's year comes from; the raw value is the `anchor` column.
  enum Anchor: String, Sendable {
    case absolute
    case documentDate = "document_date"
    case none
  }

  /// Whether an underspecified date points before or after the document date.
  enum Direction: Sendable {
    case past, future
  }

  /// The prefix read before a core expression: preposition and part-of-period modifier.
  struct Prefix {
    /// The first token of the whole expression.
    var first: Int
    /// The preposition, if any (`bis zum` reads as `bis`).
    var preposition: DateMarker?
    /// `START`/`MID`/`END` from `Anfang`/`Mitte`/`Ende`, else `.none`.
    var part: DateMod = .none
    /// The relative-direction word right before the core (`vergangenen`), if any.
    var relation: DateMarker? = nil
    /// Whether a cue outside the span (a range's `bis`/`und`) licenses bare years and months.
    var cued = false
  }

  /// A core expression: everything after the prefix, with its meaning.
  struct Core {
    /// The token index just past the expression.
    var end: Int
    /// The kind of expression.
    var kind: Kind = .date
    /// For dates: the period.
    var period: DatePeriod? = nil
    /// For durations, sets and references: the value.
    var value: String = ""
    /// For durations, sets and references: the granularity column.
    var granularity: String = ""
    /// The anchor.
    var anchor: Anchor = .absolute
    /// A modifier implied by the core itself (`Jahresbeginn` → `START`).
    var mod: DateMod = .none
    /// Whether the preposition was part of the meaning (`vor zwei Wochen`), so adds no modifier.
    var consumesPreposition = false
  }

  /// The tokens of the text.
  let tokens: [DateToken]
  /// The text as UTF-8, which the tokens' offsets point into.
  let text: [UInt8]
  /// The document creation time, if known.
  let dct: CalendarDay?
  /// The mentions found so far, in text order.
  var mentions: [DateMention] = []

  /// Prepositions that may start an expression.
  static let prepositions: [DateMarker] = [
    .am, .im, .in, .an, .seit, .bis, .ab, .vom, .von, .zum, .zur, .zu, .um, .gegen, .zwischen,
    .vor, .nach, .fuer, .innerhalb, .noch,
  ]

  /// Runs the grammar over all tokens.
  /// - Complexity: O(n) in the token count; each rule looks at a bounded window.
  mutating func run() {
    // About one date per 40 tokens in news text: room for most without growing.
    mentions.reserveCapacity(tokens.count / 32 + 1)
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      if t.kind == .punct || (t.kind == .word && t.word == nil) {
        i += 1
        continue
      }
      if mayOpenRange(at: i), let pair = matchRange(at: i) {
        emit(pair.0)
        emit(pair.1)
        i = pair.2
        continue
      }
      // Most tokens here are articles and prepositions before an undated word: the core is
      // parsed only where one can start, since even a failed parse moves its large result.
      let (prefix, j) = readPrefix(at: i)
      if mayStartCore(at: j), let core = parseCore(at: j, prefix: prefix) {
        emit(prefix, core)
        i = core.end
      } else {
        i += 1
      }
    }
  }

  /// Reads an optional prefix at `i`: the prefix, and the token index where its core would
  /// start (`i` itself when there is no prefix).
  func readPrefix(at i: Int) -> (Prefix, Int) {
    var prefix = Prefix(first: i)
    var j = i
    if let m = marker(j), DateScan.prepositions.contains(m) {
      prefix.preposition = m
      j += 1
      if m == .noch, let n = marker(j), n == .vor || n == .nach || n == .bis || n == .im {
        prefix.preposition = n
        j += 1
      }
      if prefix.preposition == .bis, let n = marker(j),
        n == .zum || n == .zur || n == .in || n == .im
      {
        if n == .im { prefix.preposition = .im }
        j += 1
      }
    }
    // An article opens the date (`der vergangenen Woche`), but never before `heute`, `gestern`:
    // there it belongs to a noun or is a pronoun (`der heute veröffentlichte Bericht`).
    // Nor, without a preposition, before `Anfang`, `Mitte`, `Ende` (`der Ende August geplante
    // Gipfel`).
    if isArticle(j), !isDeictic(j + 1), j > i || !isPart(j + 1) { j += 1 }
    // `in der Nacht zu Dienstag`, `seit der Nacht zum Sonntag`, `in der Nacht auf Mittwoch`: the
    // night before the day, which dates it.
    if prefix.preposition != nil, j > i + 1, isNightBefore(j) { j += 2 }
    if isPart(j), let m = marker(j) {
      // `Ende` must be followed by something dated; the core decides.
      prefix.part = m == .begin ? .start : (m == .middle ? .mid : .end)
      j += 1
      if isArticle(j) { j += 1 }
    }
    return (prefix, j)
  }

  /// Whether `parseCore(at: j, …)` can find anything: `false` only where its first look at the
  /// token fails (past the end, punctuation, a word without or with a non-core calendar
  /// meaning).
  @inline(__always) func mayStartCore(at j: Int) -> Bool {
    guard j < tokens.count else { return false }
    let t = tokens[j]
    if t.kind == .number { return true }
    guard t.kind == .word, let w = t.word else { return false }
    switch w {
    case .dayTime: return false
    case .marker(let m):
      switch m {
      case .this, .last, .next, .every, .all, .quarterLetter, .more, .less, .almost, .about,
        .half, .oneAndHalf, .future, .past, .orthodox:
        return true
      default: return false
      }
    default: return true
    }
  }

  /// Tries every core rule at `j`, most specific first.
  func parseCore(at j: Int, prefix: Prefix) -> Core? {
    guard j < tokens.count else { return nil }
    let t = tokens[j]
    if t.kind == .number {
      return parseNumericDate(at: j, prefix: prefix)
        ?? parseDayMonthCore(at: j, prefix: prefix)
        ?? parseCentury(at: j)
        ?? parseQuarterOrHalf(at: j, prefix: prefix)
        ?? parseDecade(at: j)
        ?? parseCount(at: j, prefix: prefix)
        ?? parseYearCore(at: j, prefix: prefix)
    }
    guard t.kind == .word, let w = t.word else { return nil }
    switch w {
    case .month, .monthAbbreviation:
      return parseEnglishDate(at: j) ?? parseMonthCore(at: j, prefix: prefix)
    case .weekday, .weekdayPart:
      return parseWeekday(at: j, prefix: prefix)
    case .season:
      return parseSeason(at: j, prefix: prefix)
    case .deictic:
      return parseDeictic(at: j, prefix: prefix)
    case .decadeWord:
      return parseDecade(at: j)
    case .ordinal:
      return parseCentury(at: j) ?? parseQuarterOrHalf(at: j, prefix: prefix)
        ?? parseHoliday(at: j, prefix: prefix)
    case .holiday:
      return parseHoliday(at: j, prefix: prefix)
    case .cardinal:
      return parseCount(at: j, prefix: prefix)
    case .unit, .weekend, .previousUnit, .unitPart:
      return parseNamedDay(at: j, prefix: prefix) ?? parseUnitCore(at: j, prefix: prefix)
    case .reference, .vagueDuration, .frequency, .weekdayAdverb:
      return parseVague(at: j, prefix: prefix)
    case .marker(let m):
      switch m {
      case .this, .last, .next:
        return parseRelation(at: j, prefix: prefix)
      case .every, .all:
        return parseSet(at: j)
      case .quarterLetter:
        return parseQuarterOrHalf(at: j, prefix: prefix)
      case .more, .less, .almost, .about, .half, .oneAndHalf:
        return parseCount(at: j, prefix: prefix)
      case .future, .past:
        return parseVague(at: j, prefix: prefix)
      case .orthodox:
        return parseHoliday(at: j, prefix: prefix)
      default:
        return nil
      }
    case .dayTime:
      return nil
    }
  }

  /// Records a mention for `core` read after `prefix`.
  mutating func emit(_ prefix: Prefix, _ core: Core) {
    emit(DateScan.mention(prefix, core, tokens: tokens))
  }

  /// Records `mention` unless it overlaps the previous one.
  mutating func emit(_ mention: DateMention) {
    if let last = mentions.last, last.end > mention.start { return }
    mentions.append(mention)
  }

  /// Builds the mention for `core` read after `prefix`, combining modifiers.
  static func mention(_ prefix: Prefix, _ core: Core, tokens: [DateToken]) -> DateMention {
    let start = tokens[prefix.first].start
    let end = tokens[core.end - 1].end
    guard core.kind == .date, let period = core.period else {
      return DateMention(
        start: start, end: end, value: core.value, mod: core.mod.rawValue,
        granularity: core.granularity, kind: core.kind.rawValue, anchor: Anchor.none.rawValue,
        rangeStart: nil, rangeEnd: nil)
    }
    var mod = core.mod
    if prefix.part != .none {
      mod = prefix.part
    } else if mod == .none, !core.consumesPreposition, let p = prefix.preposition {
      switch p {
      case .seit, .ab: mod = .onOrAfter
      case .bis: mod = .onOrBefore
      case .vor: mod = .before
      case .nach: mod = .after
      case .um, .gegen: mod = period.granularity == .year ? .approx : .none
      default: break
      }
    }
    let range = period.range(mod: mod)
    return DateMention(
      start: start, end: end, value: period.value, mod: mod.rawValue,
      granularity: period.granularity.rawValue, kind: Kind.date.rawValue,
      anchor: core.anchor.rawValue, rangeStart: range?.0, rangeEnd: range?.1)
  }

  // MARK: - Token access

  /// The marker at `i`, if the token there is one.
  @inline(__always) func marker(_ i: Int) -> DateMarker? {
    i >= 0 && i < tokens.count ? tokens[i].marker : nil
  }

  /// Whether the token at `i` is `Anfang`, `Mitte` or `Ende`.
  @inline(__always) func isPart(_ i: Int) -> Bool {
    let m = marker(i)
    return m == .begin || m == .middle || m == .finish
  }

  /// Whether the tokens at `i` are `Nacht` and then `zu`, `zum` or `auf`.
  func isNightBefore(_ i: Int) -> Bool {
    guard case .dayTime? = word(i), i + 1 < tokens.count, isWord(i, Self.nacht) else {
      return false
    }
    return marker(i + 1) == .zu || marker(i + 1) == .zum || isWord(i + 1, Self.auf)
  }

  /// `nacht` and `auf`, folded, for `isNightBefore`.
  private static let nacht = Array("nacht".utf8)
  private static let auf = Array("auf".utf8)

  /// Whether token `i` is a word whose bytes, ASCII lowercased, are `folded`.
  func isWord(_ i: Int, _ folded: [UInt8]) -> Bool {
    let token = tokens[i]
    guard token.kind == .word, token.end - token.start == folded.count else { return false }
    return zip(text[token.start..<token.end], folded).allSatisfy { byte, expected in
      (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected
    }
  }

  /// Whether the token at `i` is `heute`, `gestern`, `morgen` or another deictic day word.
  @inline(__always) func isDeictic(_ i: Int) -> Bool {
    if case .deictic? = word(i) { return true }
    return false
  }

  /// Whether the token at `i` is a definite article (`der`, `des`, …).
  @inline(__always) func isArticle(_ i: Int) -> Bool {
    let m = marker(i)
    return m == .article || m == .des
  }

  /// The calendar word at `i`, if any.
  @inline(__always) func word(_ i: Int) -> CalendarWord? {
    i >= 0 && i < tokens.count ? tokens[i].word : nil
  }

  /// Whether the token at `i` is the punctuation `s`.
  @inline(__always) func isPunct(_ i: Int, _ s: UInt8) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].isPunct(s)
  }

  /// Whether the token at `i` exists and follows its predecessor without a space.
  @inline(__always) func glued(_ i: Int) -> Bool {
    i > 0 && i < tokens.count && !tokens[i].spaceBefore
  }

  /// The number at `i` if that token is a number of `digits` digits (any count when nil).
  @inline(__always) func number(_ i: Int, digits: ClosedRange<Int>? = nil) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
    if let d = digits, !d.contains(tokens[i].digits) { return nil }
    return tokens[i].number
  }

  /// Whether the token at `i` ends a sentence (`.`, `!`, `?`) or a line starts after it.
  func endsSentence(_ i: Int) -> Bool {
    guard i < tokens.count else { return true }
    let t = tokens[i]
    if t.isPunct(0x21) || t.isPunct(0x3F) { return true }
    if t.isPunct(0x2E) {
      let next = i + 1 < tokens.count ? tokens[i + 1] : nil
      return next == nil || next!.spaceBefore
    }
    return false
  }

  /// The reading of an underspecified date near token `i`: the nearest tense cue in the sentence.
  ///
  /// `nächsten`/`kommenden`, `wird`/`soll`/`plant`, … read as future; `vergangenen`, `war`,
  /// `hatte`, `sagte`, … as past, and so does a word right after the date shaped like a weak
  /// verb's past tense (`tagte`); `nil` when the sentence has no cue.
  /// - Complexity: O(1); looks at most 12 tokens each way.
  func tense(around first: Int, _ end: Int) -> Direction? {
    var left = first - 1
    var right = end
    var steps = 0
    var leftOpen = true
    var rightOpen = true
    while steps < 12 && (leftOpen || rightOpen) {
      steps += 1
      if leftOpen {
        if left < 0 || endsSentence(left) || tokens[left + 1].newlineBefore {
          leftOpen = false
        } else {
          if let d = cue(left) { return d }
          left -= 1
        }
      }
      if rightOpen {
        if right >= tokens.count || endsSentence(right) || tokens[right].newlineBefore {
          rightOpen = false
        } else {
          if let d = cue(right) { return d }
          // The verb right after a date that opens the sentence (`Am 5. Mai tagte der Rat`); a
          // participle after a date inside the sentence is an adjective (`die für den 28. April
          // angesetzte Sitzung`).
          if right == end && isPreteriteShaped(right) && opensSentence(first) { return .past }
          right += 1
        }
      }
    }
    return nil
  }

  /// Whether the date whose first token is `first` opens its sentence: nothing but numbers,
  /// punctuation and prepositions stand between it and the sentence's start (`Vom 3. bis 5.
  /// Mai` for `5. Mai`).
  /// - Complexity: O(1); looks at most 8 tokens back.
  func opensSentence(_ first: Int) -> Bool {
    var k = first - 1
    for _ in 0..<8 {
      if k < 0 || endsSentence(k) || tokens[k + 1].newlineBefore { return true }
      let t = tokens[k]
      let isPreposition = marker(k).map(DateScan.prepositions.contains) ?? false
      guard t.kind == .number || t.kind == .punct || isPreposition else { return false }
      k -= 1
    }
    return false
  }

  /// Whether token `i` is a lowercase word, no calendar word, ending in `-te` with at least
  /// three letters before (`tagte`, `reiste`), and no capitalized word follows it: after a
  /// date, the past tense of a weak verb (`Am 5. Mai tagte der Rat`). Not before a noun, where
  /// it is an adjective (`Ab Mai erhöhte Preise`), nor a calendar word (`erste`, `nächste`) or a
  /// common adjective of that shape (`beste`). The plural `-ten` is left out: it is also the infinitive and
  /// present tense of verbs whose stem ends in `t` (`Ab Mai gelten neue Regeln`), and an
  /// adjective (`Ab Januar reduzierten Steuersätze`).
  /// - Complexity: O(n) in the word's length.
  func isPreteriteShaped(_ i: Int) -> Bool {
    let token = tokens[i]
    guard token.kind == .word, !token.capitalized, token.word == nil, token.end - token.start >= 5,
      text[token.end - 1] == UInt8(ascii: "e"), text[token.end - 2] == UInt8(ascii: "t")
    else { return false }
    if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized {
      return false
    }
    return !GermanCalendarWords.notPreterites.contains(Array(text[token.start..<token.end]))
  }

  /// The direction a cue word at `i` signals, if any.
  private func cue(_ i: Int) -> Direction? {
    switch marker(i) {
    case .futureCue, .next, .future: return .future
    case .pastCue, .last, .past: return .past
    default: return nil
    }
  }
}
