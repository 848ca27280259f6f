/// Expressions relative to the document date: weekdays, `gestern`, `vergangene Woche`,
/// `im Vorjahr`.
extension DateScan {
  /// `Donnerstag`, `am vergangenen Sonntag`, `Donnerstagabend`, `Montag, 7. November 2023`.
  ///
  /// A bare weekday is the latest such day on or before the DCT (0–6 days back) unless the
  /// sentence reads as future (then 0–6 days ahead); `vergangenen`/`letzten` mean 1–7 days back,
  /// `kommenden`/`nächsten` 1–7 days ahead, `diesen` 0–6 days ahead.
  func parseWeekday(at j: Int, prefix: Prefix) -> Core? {
    let weekday: Int
    switch word(j) {
    case .weekday(let w)?, .weekdayPart(let w)?: weekday = w
    default: return nil
    }
    var k = j + 1
    if isPunct(k, 0x2C) { k += 1 }
    if isArticle(k) { k += 1 }
    if number(k) != nil {
      let inner = Prefix(first: k, preposition: .am)
      if var core = parseNumericDate(at: k, prefix: inner)
        ?? parseDayMonthCore(at: k, prefix: inner)
      {
        if case .day = core.period { return core }
        if case .unanchored(_, .day) = core.period { return core }
        core.end = max(core.end, k)
      }
    }
    var end = j + 1
    if case .dayTime? = word(end) { end += 1 }
    guard let d = dct else {
      return Core(
        end: end, period: .unanchored(value: "XXXX-WXX-\(weekday)", granularity: .day),
        anchor: .none)
    }
    let back = (d.weekday - weekday + 7) % 7
    let ahead = (weekday - d.weekday + 7) % 7
    let offset: Int
    switch prefix.relation {
    case .last?: offset = back == 0 ? -7 : -back
    case .next?: offset = ahead == 0 ? 7 : ahead
    case .this?: offset = ahead
    default: offset = direction(prefix, j, end) == .future ? ahead : -back
    }
    return Core(end: end, period: .day(d.adding(days: offset)), anchor: .documentDate)
  }

  /// `heute`, `gestern`, `vorgestern`, `morgen`, `übermorgen`, optionally with `Abend`/`früh`.
  func parseDeictic(at j: Int, prefix: Prefix) -> Core? {
    guard case .deictic(let offset)? = word(j) else { return nil }
    // Capitalised `Morgen` is the morning, not tomorrow.
    if offset == 1, tokens[j].capitalized { return nil }
    var end = j + 1
    switch word(end) {
    case .dayTime?: end += 1
    case .deictic(1)? where tokens[end].capitalized: end += 1
    default: break
    }
    var core = shifted(.day, by: offset)
    core.end = end
    return core
  }

  /// After `diese`/`vergangene`/`kommende`: a weekday, month, season, unit or count.
  func parseRelation(at j: Int, prefix: Prefix) -> Core? {
    guard let m = marker(j) else { return nil }
    var inner = prefix
    inner.relation = m
    let k = j + 1
    switch word(k) {
    case .weekday?, .weekdayPart?:
      return parseWeekday(at: k, prefix: inner)
    case .month?, .monthAbbreviation?:
      return parseMonthCore(at: k, prefix: inner)
    case .season?:
      return parseSeason(at: k, prefix: inner)
    case .weekend?:
      return weekend(relation: m, direction: nil, end: k + 1)
    case .unit(let u, let plural)?:
      if plural {
        let value = m == .last ? "PAST_REF" : (m == .next ? "FUTURE_REF" : "PRESENT_REF")
        return Core(end: k + 1, kind: .reference, value: value, granularity: u.rawValue)
      }
      guard u != .day, u != .decade, u != .century else { return nil }
      var core = shifted(u, by: m == .this ? 0 : (m == .last ? -1 : 1))
      core.end = k + 1
      return core
    case .cardinal?:
      var plain = prefix
      plain.preposition = nil
      return parseCount(at: k, prefix: plain)
    default:
      if number(k, digits: 1...2) != nil {
        var plain = prefix
        plain.preposition = nil
        return parseCount(at: k, prefix: plain)
      }
      return nil
    }
  }

  /// A weekend: `last` = the one before the DCT's week, `next` = the first one after the DCT,
  /// `this` = the DCT's; a bare one is the latest begun (past reading) or the next one (future).
  func weekend(relation: DateMarker?, direction: Direction?, end: Int) -> Core {
    guard let d = dct else {
      return Core(
        end: end, period: .unanchored(value: "XXXX-WXX-WE", granularity: .week), anchor: .none)
    }
    let saturday = d.adding(days: 6 - d.weekday)
    let onWeekend = d.weekday >= 6
    let chosen: CalendarDay
    switch relation {
    case .last?: chosen = saturday.adding(days: -7)
    case .next?: chosen = onWeekend ? saturday.adding(days: 7) : saturday
    case .this?: chosen = saturday
    default: chosen = onWeekend || direction == .future ? saturday : saturday.adding(days: -7)
    }
    let w = chosen.isoWeek
    return Core(end: end, period: .weekend(year: w.year, week: w.week), anchor: .documentDate)
  }

  /// `Jahr 2020`, `Jahres 2022`, `(Anfang) des Jahres`, `im Vorjahr`, `zu Jahresbeginn`,
  /// `am Wochenende`, `seit Jahren`, `vor Jahren`.
  func parseUnitCore(at j: Int, prefix: Prefix) -> Core? {
    switch word(j) {
    case .unit(let u, let plural)?:
      if plural {
        switch prefix.preposition {
        case .seit?:
          return Core(
            end: j + 1, kind: .duration, value: "PX" + durationLetter(u), granularity: u.rawValue)
        case .vor?:
          return Core(end: j + 1, kind: .reference, value: "PAST_REF", granularity: u.rawValue)
        default:
          return nil
        }
      }
      if u == .year, let y = number(j + 1, digits: 4...4), (1000...2099).contains(y),
        isYearShaped(at: j + 1)
      {
        return Core(end: yearEnd(at: j + 1), period: .year(y))
      }
      // `Anfang des Jahres`, `Ende des Monats`, `Mitte der Woche`: the DCT's period.
      guard prefix.part != .none, isArticle(j - 1), u != .day else { return nil }
      var core = shifted(u, by: 0)
      core.end = j + 1
      return core
    case .weekend?:
      let licensed =
        prefix.preposition == .am || prefix.preposition == .an || prefix.preposition == .zum
        || prefix.part != .none
      guard licensed else { return nil }
      return weekend(relation: nil, direction: direction(prefix, j, j + 1), end: j + 1)
    case .previousUnit(let u)?:
      var core = shifted(u, by: -1)
      core.end = j + 1
      return core
    case .unitPart(let u, let mod)?:
      var core: Core
      if u == .year, let y = number(j + 1, digits: 4...4), (1000...2099).contains(y),
        isYearShaped(at: j + 1)
      {
        core = Core(end: yearEnd(at: j + 1), period: .year(y))
      } else {
        core = shifted(u, by: 0)
        core.end = j + 1
      }
      core.mod = mod
      return core
    default:
      return nil
    }
  }

  /// The TIMEX3 duration letter(s) for `unit`.
  func durationLetter(_ unit: DatePeriod.Granularity) -> String {
    switch unit {
    case .day: "D"
    case .week: "W"
    case .month: "M"
    case .quarter: "Q"
    case .half: "H"
    case .season: "S"
    case .year: "Y"
    case .decade: "DE"
    case .century: "CE"
    }
  }
}
