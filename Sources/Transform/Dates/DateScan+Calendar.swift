/// Calendar dates: numeric forms, day + month (+ year), English order, month (+ year).
extension DateScan {
  /// The month at `i` (full name, or an abbreviation with its optional dot) and the index after it.
  func monthWord(at i: Int, allowBareAbbreviation: Bool = true) -> (month: Int, end: Int)? {
    switch word(i) {
    case .month(let m)?:
      return (m, i + 1)
    case .monthAbbreviation(let m)?:
      if isPunct(i + 1, 0x2E) && glued(i + 1) { return (m, i + 2) }
      return allowBareAbbreviation ? (m, i + 1) : nil
    default:
      return nil
    }
  }

  /// `7.11.2023`, `07.11.23`, `7.11.` (after a preposition), `2023-11-07`, `11.2023`.
  func parseNumericDate(at j: Int, prefix: Prefix) -> Core? {
    guard let a = number(j, digits: 1...4) else { return nil }
    // Not inside a longer number such as `1.2.3.4` or `12,5`.
    if isPunct(j - 1, 0x2E) || isPunct(j - 1, 0x2C) || isPunct(j - 1, 0x3A), glued(j),
      number(j - 2) != nil
    {
      return nil
    }
    let digitsA = tokens[j].digits
    if digitsA == 4, isPunct(j + 1, 0x2D), glued(j + 1), let m = number(j + 2, digits: 2...2),
      glued(j + 2), isPunct(j + 3, 0x2D), glued(j + 3), let d = number(j + 4, digits: 2...2),
      glued(j + 4), !continuesNumber(after: j + 4)
    {
      guard let day = CalendarDay(year: a, month: m, day: d) else { return nil }
      return Core(end: j + 5, period: .day(day))
    }
    guard digitsA <= 2, isPunct(j + 1, 0x2E), glued(j + 1), let b = number(j + 2, digits: 1...4),
      glued(j + 2)
    else { return nil }
    let digitsB = tokens[j + 2].digits
    if digitsB == 4 {
      // `11.2023`: month and year.
      guard (1...12).contains(a), (1000...2099).contains(b), !continuesNumber(after: j + 2)
      else { return nil }
      return Core(end: j + 3, period: .month(year: b, month: a))
    }
    guard digitsB <= 2, (1...12).contains(b), (1...31).contains(a), isPunct(j + 3, 0x2E),
      glued(j + 3)
    else { return nil }
    if let y = number(j + 4), glued(j + 4) {
      let yd = tokens[j + 4].digits
      guard yd == 4 || yd == 2, !continuesNumber(after: j + 4) else { return nil }
      let year = yd == 4 ? y : (y < 50 ? 2000 + y : 1900 + y)
      guard let day = CalendarDay(year: year, month: b, day: a) else { return nil }
      return Core(end: j + 5, period: .day(day))
    }
    // `am 7.11.`: needs a preposition, and no digit right after.
    guard prefix.preposition != nil, prefix.first < j else { return nil }
    guard var core = resolveDay(month: b, day: a, direction: direction(prefix, j, j + 4))
    else { return nil }
    core.end = j + 4
    return core
  }

  /// Whether the number at `i` runs on into more digits (`2023-11-07-12`, `1.2.3.4`, `12,5`).
  func continuesNumber(after i: Int) -> Bool {
    let n = i + 1
    guard n < tokens.count, glued(n) else { return false }
    let t = tokens[n]
    if t.isPunct(0x2E) || t.isPunct(0x2C) || t.isPunct(0x3A) || t.isPunct(0x2D)
      || t.isPunct(0x2F)
    {
      return number(n + 1) != nil && glued(n + 1)
    }
    return t.kind == .number || t.isPunct(0x25)
  }

  /// `7. November [2023]`, `7. Nov. 2023`, `27. Nov`, `7 November 2023`.
  func parseDayMonthCore(at j: Int, prefix: Prefix) -> Core? {
    guard let (day, month, after) = dayMonth(at: j) else { return nil }
    if let (end, ref) = parseYearSpec(at: after) {
      let (year, anchor) = resolve(ref)
      guard let y = year else {
        return Core(
          end: end, period: .unanchored(value: "XXXX-\(two(month))-\(two(day))", granularity: .day),
          anchor: .none)
      }
      // `29. Februar 2023` is no date: leave it to the month rule.
      guard let d = CalendarDay(year: y, month: month, day: day) else { return nil }
      return Core(end: end, period: .day(d), anchor: anchor)
    }
    guard isPunct(j + 1, 0x2E) else { return nil }
    guard var core = resolveDay(month: month, day: day, direction: direction(prefix, j, after))
    else { return nil }
    core.end = after
    return core
  }

  /// Day and month at `j` (`7. November`, `7. Nov.`, `7 November`) and the index after them.
  func dayMonth(at j: Int) -> (day: Int, month: Int, end: Int)? {
    guard let day = number(j, digits: 1...2), (1...31).contains(day) else { return nil }
    if isPunct(j - 1, 0x2E) && glued(j) && number(j - 2) != nil { return nil }
    if isPunct(j + 1, 0x2E), glued(j + 1), let (m, end) = monthWord(at: j + 2) {
      guard day <= CalendarDay.daysInMonth(year: 2000, month: m) else { return nil }
      return (day, m, end)
    }
    if case .month(let m)? = word(j + 1), number(j + 2, digits: 4...4) != nil {
      guard day <= CalendarDay.daysInMonth(year: 2000, month: m) else { return nil }
      return (day, m, j + 2)
    }
    return nil
  }

  /// English order `Dezember 27, 2024` / `December 27 2024`.
  func parseEnglishDate(at j: Int) -> Core? {
    guard let (month, k) = monthWord(at: j), let day = number(k, digits: 1...2),
      (1...31).contains(day), !glued(k)
    else { return nil }
    var y = k + 1
    if isPunct(y, 0x2C) { y += 1 }
    guard let year = number(y, digits: 4...4), (1000...2099).contains(year),
      !continuesNumber(after: y), let d = CalendarDay(year: year, month: month, day: day)
    else { return nil }
    return Core(end: y + 1, period: .day(d))
  }

  /// `August 2021`, `im Mai letzten Jahres`, `im Januar` (bare months need a licensing prefix).
  func parseMonthCore(at j: Int, prefix: Prefix) -> Core? {
    let bareAbbreviationOK = prefix.first < j
    guard let (month, after) = monthWord(at: j, allowBareAbbreviation: bareAbbreviationOK)
    else { return nil }
    if let (end, ref) = parseYearSpec(at: after) {
      let (year, anchor) = resolve(ref)
      guard let y = year else {
        return Core(
          end: end, period: .unanchored(value: "XXXX-\(two(month))", granularity: .month),
          anchor: .none)
      }
      return Core(end: end, period: .month(year: y, month: month), anchor: anchor)
    }
    // A bare month needs a preposition, a part word or a relation word (`vergangenen Mai`).
    let licensed: Bool
    switch prefix.preposition {
    case .im?, .seit?, .bis?, .vom?, .ab?, .zum?, .von?, .in?, .nach?, .vor?: licensed = true
    default: licensed = prefix.part != .none || prefix.relation != nil
    }
    guard licensed else { return nil }
    // `im Mai` directly before a capitalised name-like noun is still a month; `Mai` alone is not.
    var core = resolveMonth(
      month, direction: direction(prefix, j, after), strict: prefix.relation != nil)
    core.end = after
    return core
  }
}
