/// A day of the proleptic Gregorian calendar, printed as ISO 8601 `YYYY-MM-DD`.
package struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year (1…9999 in practice).
  package let year: Int
  /// The month, 1…12.
  package let month: Int
  /// The day of the month, 1…`daysInMonth`.
  package let day: Int

  /// Creates a day if `year`, `month` and `day` name a real Gregorian date.
  package init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CalendarDay.daysInMonth(year: year, month: month)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD` (ASCII digits); `nil` for anything else or an impossible date.
  package init?(iso: String) {
    let b = Array(iso.utf8)
    guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
    func digits(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Creates the day `dayNumber` days after 1970-01-01 (negative before).
  package init(dayNumber: Int) {
    // Howard Hinnant's civil_from_days.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    month = m
    day = d
  }

  /// Whether `year` has a 29 February (Gregorian rule).
  package static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  package static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The last day of `month` in `year`.
  package static func lastDay(year: Int, month: Int) -> CalendarDay {
    CalendarDay(uncheckedYear: year, month: month, day: daysInMonth(year: year, month: month))
  }

  /// The first day of `month` in `year`.
  package static func firstDay(year: Int, month: Int) -> CalendarDay {
    CalendarDay(uncheckedYear: year, month: month, day: 1)
  }

  /// The Monday that starts ISO week `week` of ISO week-year `year`.
  package static func mondayOfISOWeek(year: Int, week: Int) -> CalendarDay {
    let jan4 = CalendarDay(uncheckedYear: year, month: 1, day: 4)
    return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
  }

  /// The number of ISO weeks (52 or 53) in ISO week-year `year`.
  package static func isoWeeksInYear(_ year: Int) -> Int {
    CalendarDay(uncheckedYear: year, month: 12, day: 28).isoWeek.week
  }

  /// Creates a day without validation; callers guarantee the fields are valid.
  init(uncheckedYear year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  package var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The ISO weekday: 1 = Monday … 7 = Sunday.
  package var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (dayNumber + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  /// The day of the year, 1…366.
  package var dayOfYear: Int {
    dayNumber - CalendarDay(uncheckedYear: year, month: 1, day: 1).dayNumber + 1
  }

  /// The ISO 8601 week-year and week number (1…53) this day falls in.
  package var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    return (thursday.year, (thursday.dayOfYear - 1) / 7 + 1)
  }

  /// This day moved by `days` (negative moves back).
  package func adding(days: Int) -> CalendarDay {
    CalendarDay(dayNumber: dayNumber + days)
  }

  /// This day moved by `months`, the day clamped to the target month's length
  /// (31 January + 1 month → 28/29 February).
  package func adding(months: Int) -> CalendarDay {
    let total = year * 12 + (month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return CalendarDay(
      uncheckedYear: y, month: m, day: min(day, CalendarDay.daysInMonth(year: y, month: m)))
  }

  /// The ISO 8601 form `YYYY-MM-DD`.
  package var description: String {
    String(decoding: isoBytes, as: UTF8.self)
  }

  /// The ISO 8601 form as ASCII bytes.
  package var isoBytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(10)
    CalendarDay.appendPadded(year, width: 4, to: &out)
    out.append(0x2D)
    CalendarDay.appendPadded(month, width: 2, to: &out)
    out.append(0x2D)
    CalendarDay.appendPadded(day, width: 2, to: &out)
    return out
  }

  /// Appends `value` as zero-padded decimal digits.
  static func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
    guard value >= 0 else { return appendPaddedNegative(value, width: width, to: &out) }
    var divisor = 1
    var width = width - 1
    while value / divisor >= 10 {
      divisor *= 10
      width -= 1
    }
    while width > 0 {
      out.append(0x30)
      width -= 1
    }
    var rest = value
    while divisor > 0 {
      out.append(UInt8(0x30 + rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// `appendPadded` for a negative value: its last digit's remainder, as it always was (no
  /// calendar day or period reaches here).
  private static func appendPaddedNegative(_ value: Int, width: Int, to out: inout [UInt8]) {
    var digits: [UInt8] = []
    var v = value
    repeat {
      digits.append(UInt8(0x30 + v % 10))
      v /= 10
    } while v > 0
    if digits.count < width {
      out.append(contentsOf: repeatElement(0x30, count: width - digits.count))
    }
    out.append(contentsOf: digits.reversed())
  }

  /// Chronological order.
  package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
