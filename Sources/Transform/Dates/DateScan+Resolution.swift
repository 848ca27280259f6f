/// Resolving underspecified dates against the document date (DCT).
extension DateScan {
  /// A year as the text gives it.
  enum YearRef: Equatable, Sendable {
    /// A year number.
    case absolute(Int)
    /// A year relative to the DCT's (`letzten Jahres` = -1).
    case relative(Int)
  }

  /// The year `ref` names, with its anchor; `nil` year when relative and no DCT.
  func resolve(_ ref: YearRef) -> (year: Int?, anchor: Anchor) {
    switch ref {
    case .absolute(let y): return (y, .absolute)
    case .relative(let off):
      guard let d = dct else { return (nil, .none) }
      return (d.year + off, .documentDate)
    }
  }

  /// The reading of a bare date: `relation` (`vergangenen`/`kommenden`) first, then past after
  /// `seit`, then the tense of the sentence, else `nil`.
  func direction(_ prefix: Prefix, _ first: Int, _ end: Int) -> Direction? {
    switch prefix.relation {
    case .last: return .past
    case .next: return .future
    default: break
    }
    switch prefix.preposition {
    case .ab, .bis: if tense(around: prefix.first, end) == nil { return .future }
    // `seit` points back whatever the tense (`Seit Heiligabend wird gekämpft`).
    case .seit: return .past
    default: break
    }
    return tense(around: prefix.first, end)
  }

  /// A day of `month` without a year: the closest such day to the DCT unless the sentence says
  /// past or future (then the latest on or before / earliest on or after the DCT).
  func resolveDay(month: Int, day: Int, direction: Direction?) -> Core? {
    guard day <= CalendarDay.daysInMonth(year: 2000, month: month) else { return nil }
    guard let d = dct else {
      return Core(
        end: 0, period: .unanchored(value: "XXXX-\(two(month))-\(two(day))", granularity: .day),
        anchor: .none)
    }
    func valid(_ y: Int, step: Int) -> CalendarDay {
      var y = y
      for _ in 0..<8 {
        if let c = CalendarDay(year: y, month: month, day: day) { return c }
        y += step
      }
      return CalendarDay(uncheckedYear: y, month: month, day: 28)
    }
    let thisYear = CalendarDay(year: d.year, month: month, day: day)
    let past =
      thisYear.map { $0 <= d ? $0 : valid(d.year - 1, step: -1) } ?? valid(d.year - 1, step: -1)
    let future =
      thisYear.map { $0 >= d ? $0 : valid(d.year + 1, step: 1) } ?? valid(d.year + 1, step: 1)
    return Core(
      end: 0, period: .day(Self.choose(past: past, future: future, around: d, direction)),
      anchor: .documentDate)
  }

  /// `past` or `future` as `direction` says, else the one closer to `dct` (`past` when both
  /// are as close).
  static func choose(
    past: CalendarDay, future: CalendarDay, around dct: CalendarDay, _ direction: Direction?
  ) -> CalendarDay {
    switch direction {
    case .past: past
    case .future: future
    case nil: future.dayNumber - dct.dayNumber < dct.dayNumber - past.dayNumber ? future : past
    }
  }

  /// A month without a year: the latest such month up to the DCT's (past reading, the default)
  /// or the earliest from it on (future reading); `strict` excludes the DCT's own month.
  func resolveMonth(_ month: Int, direction: Direction?, strict: Bool) -> Core {
    guard let d = dct else {
      return Core(
        end: 0, period: .unanchored(value: "XXXX-\(two(month))", granularity: .month),
        anchor: .none)
    }
    let y: Int
    if direction == .future {
      y = (strict ? month > d.month : month >= d.month) ? d.year : d.year + 1
    } else {
      y = (strict ? month < d.month : month <= d.month) ? d.year : d.year - 1
    }
    return Core(end: 0, period: .month(year: y, month: month), anchor: .documentDate)
  }

  /// The period `offset` units away from the one containing the DCT (`nil` unit when no DCT).
  func shifted(_ unit: DatePeriod.Granularity, by offset: Int) -> Core {
    guard let d = dct else {
      let value: String
      switch unit {
      case .day: value = "XXXX-XX-XX"
      case .week: value = "XXXX-WXX"
      case .month: value = "XXXX-XX"
      case .quarter: value = "XXXX-QX"
      case .half: value = "XXXX-HX"
      case .season: value = "XXXX-XX"
      case .year: value = "XXXX"
      case .decade: value = "XXX"
      case .century: value = "XX"
      }
      return Core(end: 0, period: .unanchored(value: value, granularity: unit), anchor: .none)
    }
    let period: DatePeriod
    switch unit {
    case .day: period = .day(d.adding(days: offset))
    case .week: period = .week(containing: d.adding(days: 7 * offset))
    case .month:
      let m = d.adding(months: offset)
      period = .month(year: m.year, month: m.month)
    case .quarter:
      let q = d.year * 4 + (d.month - 1) / 3 + offset
      period = .quarter(year: floorDiv(q, 4), quarter: q - floorDiv(q, 4) * 4 + 1)
    case .half:
      let h = d.year * 2 + (d.month - 1) / 6 + offset
      period = .half(year: floorDiv(h, 2), half: h - floorDiv(h, 2) * 2 + 1)
    case .season:
      period = .year(d.year + offset)
    case .year: period = .year(d.year + offset)
    case .decade: period = .decade(d.year / 10 + offset)
    case .century: period = .century(d.year / 100 + offset)
    }
    return Core(end: 0, period: period, anchor: .documentDate)
  }

  /// A part of a year (quarter `n` of 4, half `n` of 2) without a year, read like a bare month.
  func resolvePartOfYear(_ n: Int, of count: Int, direction: Direction?) -> Int? {
    guard let d = dct else { return nil }
    let current = (d.month - 1) * count / 12 + 1
    if direction == .future { return n >= current ? d.year : d.year + 1 }
    return n <= current ? d.year : d.year - 1
  }

  /// `value` as two digits.
  func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  /// Division rounding toward negative infinity.
  func floorDiv(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }
}
