/// Ranges that yield two mentions: `vom 3. bis 5. Mai`, `zwischen dem 15. August 2021 und dem
/// 24. Februar 2022`, `3.–5. Mai`, `von Mai bis Juli 2023`, `2014–2016`.
///
/// Each end becomes its own date mention (no `ON_OR_AFTER`/`ON_OR_BEFORE` from the range
/// words). The first mention spans `vom 3.`; the second starts after `bis`/`und`/the dash.
/// A first end without month or year takes them from the second
/// (`vom 28. Dezember bis 3. Januar 2024` → 2023-12-28).
extension DateScan {
  /// Both mentions of a range starting at `i`, if there is one, and the token index after it.
  func matchRange(at i: Int) -> (DateMention, DateMention, Int)? {
    guard mayOpenRange(at: i) else { return nil }
    var j = i
    let opener = marker(i)
    let between = opener == .zwischen
    if opener == .vom || opener == .von || opener == .zwischen {
      j += 1
      if isArticle(j) { j += 1 }
    }
    // The first end: a bare day `3.`, a day and month, a month, or any core.
    guard let (aEnd, aFields) = rangeStart(at: j) else { return nil }
    var k = aEnd
    if between {
      guard marker(k) == .und else { return nil }
      k += 1
    } else if marker(k) == .bis {
      k += 1
      if marker(k) == .zum || marker(k) == .zur { k += 1 }
    } else if isPunct(k, 0x2D) || isPunct(k, 0x2F) && tokens[i].kind == .number {
      k += 1
    } else {
      return nil
    }
    let bFirst = k
    var bPrefix = Prefix(first: bFirst, cued: true)
    if isArticle(k) { k += 1 }
    if let m = marker(k), m == .begin || m == .middle || m == .finish {
      bPrefix.part = m == .begin ? .start : (m == .middle ? .mid : .end)
      k += 1
      if isArticle(k) { k += 1 }
    }
    guard let bCore = parseCore(at: k, prefix: bPrefix), bCore.kind == .date,
      let bPeriod = bCore.period
    else { return nil }
    let aPrefix = Prefix(first: i, cued: true)
    var aCore: Core
    switch aFields {
    case .core(let c):
      aCore = c
    case .day(let day, let month):
      guard let c = inheritDay(day: day, month: month, from: bPeriod, anchor: bCore.anchor)
      else { return nil }
      aCore = c
    case .month(let month):
      guard let c = inheritMonth(month, from: bPeriod, anchor: bCore.anchor) else { return nil }
      aCore = c
    }
    guard aCore.kind == .date else { return nil }
    aCore.end = aEnd
    // `2014-2016` must be two years, not a code such as `1-2`.
    if opener == nil, tokens[i].kind == .number, case .core = aFields {
      guard case .year = aCore.period, case .year = bPeriod else { return nil }
    }
    return (
      DateScan.mention(aPrefix, aCore, tokens: tokens),
      DateScan.mention(bPrefix, bCore, tokens: tokens),
      bCore.end
    )
  }

  /// Whether a range can start at `i`: at `vom`, `von`, `zwischen`, a number or a month. The
  /// scan asks this first, because even a failed `matchRange` moves its large result around.
  @inline(__always) func mayOpenRange(at i: Int) -> Bool {
    switch marker(i) {
    case .vom?, .von?, .zwischen?: true
    default: tokens[i].kind == .number || word(i).map(isMonth) == true
    }
  }

  /// What the first end of a range says.
  enum RangeStart {
    /// A complete expression.
    case core(Core)
    /// A day (`3.`) whose month may come from the second end.
    case day(Int, month: Int?)
    /// A month whose year comes from the second end.
    case month(Int)
  }

  /// The first end of a range at `j` and the index after it.
  func rangeStart(at j: Int) -> (Int, RangeStart)? {
    if let d = number(j, digits: 1...2), (1...31).contains(d), isPunct(j + 1, 0x2E), glued(j + 1),
      !(number(j + 2) != nil && glued(j + 2))
    {
      if let (day, month, end) = dayMonth(at: j) {
        if parseYearSpec(at: end) == nil { return (end, .day(day, month: month)) }
      } else {
        return (j + 2, .day(d, month: nil))
      }
    }
    if let (m, end) = monthWord(at: j), parseYearSpec(at: end) == nil, number(end) == nil {
      return (end, .month(m))
    }
    let prefix = Prefix(first: j, cued: true)
    guard let core = parseCore(at: j, prefix: prefix), core.kind == .date else { return nil }
    return (core.end, .core(core))
  }

  /// Whether `w` is a month name or abbreviation.
  func isMonth(_ w: CalendarWord) -> Bool {
    switch w {
    case .month, .monthAbbreviation: true
    default: false
    }
  }

  /// The first day of a range, taking month and year from the second end.
  private func inheritDay(day: Int, month: Int?, from b: DatePeriod, anchor: Anchor) -> Core? {
    switch b {
    case .day(let e):
      let m = month ?? e.month
      let y = (m, day) > (e.month, e.day) ? e.year - 1 : e.year
      guard let d = CalendarDay(year: y, month: m, day: day) else { return nil }
      return Core(end: 0, period: .day(d), anchor: anchor)
    case .month(let y, let bm):
      guard let m = month, let d = CalendarDay(year: m > bm ? y - 1 : y, month: m, day: day)
      else { return nil }
      return Core(end: 0, period: .day(d), anchor: anchor)
    case .unanchored(let v, .day):
      let m = month ?? Int(v.dropFirst(5).prefix(2)) ?? 0
      guard (1...12).contains(m) else { return nil }
      return Core(
        end: 0, period: .unanchored(value: "XXXX-\(two(m))-\(two(day))", granularity: .day),
        anchor: .none)
    default:
      return nil
    }
  }

  /// The first month of a range, taking the year from the second end.
  private func inheritMonth(_ month: Int, from b: DatePeriod, anchor: Anchor) -> Core? {
    switch b {
    case .month(let y, let bm):
      return Core(
        end: 0, period: .month(year: month > bm ? y - 1 : y, month: month), anchor: anchor)
    case .day(let e):
      let y = month > e.month ? e.year - 1 : e.year
      return Core(end: 0, period: .month(year: y, month: month), anchor: anchor)
    case .unanchored:
      return Core(
        end: 0, period: .unanchored(value: "XXXX-\(two(month))", granularity: .month),
        anchor: .none)
    default:
      return nil
    }
  }
}
