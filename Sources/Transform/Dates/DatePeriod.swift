/// A calendar period a date expression resolves to, before it is printed as TIMEX3.
enum DatePeriod: Equatable, Sendable {
  /// How coarse a period is; the raw value is the `granularity` column.
  enum Granularity: String, Sendable {
    case day, week, month, quarter, half, season, year, decade, century
  }

  /// A meteorological season; the raw value is the TIMEX3 code.
  enum Season: String, Sendable {
    case spring = "SP"
    case summer = "SU"
    case fall = "FA"
    case winter = "WI"

    /// The month the season starts in (winter starts in December of its TIMEX year).
    var firstMonth: Int {
      switch self {
      case .spring: 3
      case .summer: 6
      case .fall: 9
      case .winter: 12
      }
    }
  }

  case day(CalendarDay)
  case week(year: Int, week: Int)
  case weekend(year: Int, week: Int)
  case month(year: Int, month: Int)
  case quarter(year: Int, quarter: Int)
  case half(year: Int, half: Int)
  case season(year: Int, season: Season)
  case year(Int)
  /// The decade starting at `value * 10` (`199` = the 1990s).
  case decade(Int)
  /// The century starting at `value * 100` (`19` = 1900–1999).
  case century(Int)
  /// A period whose year (or more) is unknown; printed as given (`XXXX-05-20`).
  case unanchored(value: String, granularity: Granularity)

  /// The week, as an ISO week, that contains `day`.
  static func week(containing day: CalendarDay) -> DatePeriod {
    let w = day.isoWeek
    return .week(year: w.year, week: w.week)
  }

  /// The TIMEX3 value.
  var value: String {
    switch self {
    case .day(let d): return d.description
    case .week(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))"
    case .weekend(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))-WE"
    case .month(let y, let m): return "\(pad(y, 4))-\(pad(m, 2))"
    case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
    case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
    case .season(let y, let s): return "\(pad(y, 4))-\(s.rawValue)"
    case .year(let y): return pad(y, 4)
    case .decade(let d): return pad(d, 3)
    case .century(let c): return pad(c, 2)
    case .unanchored(let v, _): return v
    }
  }

  /// The granularity column.
  var granularity: Granularity {
    switch self {
    case .day: .day
    case .week, .weekend: .week
    case .month: .month
    case .quarter: .quarter
    case .half: .half
    case .season: .season
    case .year: .year
    case .decade: .decade
    case .century: .century
    case .unanchored(_, let g): g
    }
  }

  /// The first and last day covered, narrowed to a third by `START`/`MID`/`END`.
  ///
  /// Narrowing: a week splits Mon–Tue / Wed–Fri / Sat–Sun; a month days 1–10 / 11–20 / 21–end;
  /// periods made of months (year, half, quarter, season) into thirds of their months
  /// (a year: Jan–Apr / May–Aug / Sep–Dec); a decade years 0–2 / 3–6 / 7–9; a century
  /// years 00–32 / 33–66 / 67–99. Other modifiers do not narrow.
  func range(mod: DateMod) -> (CalendarDay, CalendarDay)? {
    let third: Int? =
      switch mod {
      case .start: 0
      case .mid: 1
      case .end: 2
      default: nil
      }
    switch self {
    case .day(let d):
      return (d, d)
    case .week(let y, let w), .weekend(let y, let w):
      let monday = CalendarDay.mondayOfISOWeek(year: y, week: w)
      if case .weekend = self { return (monday.adding(days: 5), monday.adding(days: 6)) }
      guard let t = third else { return (monday, monday.adding(days: 6)) }
      let bounds = [(0, 1), (2, 4), (5, 6)][t]
      return (monday.adding(days: bounds.0), monday.adding(days: bounds.1))
    case .month(let y, let m):
      let last = CalendarDay.daysInMonth(year: y, month: m)
      guard let t = third else {
        return (CalendarDay.firstDay(year: y, month: m), CalendarDay.lastDay(year: y, month: m))
      }
      let bounds = [(1, 10), (11, 20), (21, last)][t]
      return (
        CalendarDay(uncheckedYear: y, month: m, day: bounds.0),
        CalendarDay(uncheckedYear: y, month: m, day: bounds.1)
      )
    case .quarter(let y, let q):
      return monthRange(year: y, firstMonth: 3 * q - 2, months: 3, third: third)
    case .half(let y, let h):
      return monthRange(year: y, firstMonth: 6 * h - 5, months: 6, third: third)
    case .season(let y, let s):
      return monthRange(year: y, firstMonth: s.firstMonth, months: 3, third: third)
    case .year(let y):
      return monthRange(year: y, firstMonth: 1, months: 12, third: third)
    case .decade(let d):
      let bounds = third.map { [(0, 2), (3, 6), (7, 9)][$0] } ?? (0, 9)
      return yearRange(d * 10 + bounds.0, d * 10 + bounds.1)
    case .century(let c):
      let bounds = third.map { [(0, 32), (33, 66), (67, 99)][$0] } ?? (0, 99)
      return yearRange(c * 100 + bounds.0, c * 100 + bounds.1)
    case .unanchored:
      return nil
    }
  }

  /// The months `firstMonth…firstMonth+months-1` (may run into the next year), or a third.
  private func monthRange(year: Int, firstMonth: Int, months: Int, third: Int?)
    -> (CalendarDay, CalendarDay)
  {
    var from = 0
    var count = months
    if let t = third {
      count = months / 3
      from = t * count
    }
    let start = CalendarDay.firstDay(year: year, month: firstMonth).adding(months: from)
    let lastMonth = start.adding(months: count - 1)
    return (start, CalendarDay.lastDay(year: lastMonth.year, month: lastMonth.month))
  }

  /// 1 January of `first` to 31 December of `last`.
  private func yearRange(_ first: Int, _ last: Int) -> (CalendarDay, CalendarDay) {
    (CalendarDay.firstDay(year: first, month: 1), CalendarDay.lastDay(year: last, month: 12))
  }

  /// `value` as decimal digits, zero-padded to `width`.
  private func pad(_ value: Int, _ width: Int) -> String {
    var out: [UInt8] = []
    CalendarDay.appendPadded(value, width: width, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
