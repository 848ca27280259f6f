/// Holidays: those on a fixed day (`Weihnachten`, `Silvester`, `Neujahr`) and those that follow
/// Easter (`Ostern`, `Karfreitag`, `Pfingsten`), in the Western or, after `orthodoxe`, the
/// Orthodox churches' reckoning.
extension DateScan {
  /// `an Weihnachten`, `Ostern 2024`, `kurz vor Silvester`, `am zweiten Weihnachtstag`, `zum
  /// orthodoxen Weihnachtsfest` (7 January), `an den orthodoxen Ostern`.
  ///
  /// With a year, that year's day; without, the closest such day to the DCT unless the sentence
  /// says past or future, as for a day without a year. Only after a preposition or before a
  /// year: a holiday alone is often the feast in general (`Weihnachten ist ein Familienfest`).
  ///
  /// With `named`, the holiday is that one, its name running from token `from` to token `j`
  /// (`Tag des Sieges`).
  func parseHoliday(at j: Int, prefix: Prefix, named: Holiday? = nil, from: Int? = nil) -> Core? {
    var k = j
    let orthodox = named == nil && marker(k) == .orthodox
    if orthodox { k += 1 }
    // `am ersten` / `zweiten Weihnachtstag`: 25 and 26 December.
    var daysAfter = 0
    if named == nil, case .ordinal(let n)? = word(k), (1...2).contains(n),
      case .holiday(.fixed(month: 12, day: 25))? = word(k + 1)
    {
      daysAfter = n - 1
      k += 1
    }
    let holiday: Holiday
    if let named {
      holiday = named
    } else if case .holiday(let word)? = word(k) {
      holiday = word
    } else {
      return nil
    }
    let start = from ?? j
    // A date given right after it wins (`am Tag des Sieges, dem 8. November` in Azerbaijan).
    if isPunct(k + 1, 0x2C), isArticle(k + 2), number(k + 3) != nil { return nil }
    if let (end, ref) = parseYearSpec(at: k + 1) {
      let (year, anchor) = resolve(ref)
      guard let year else {
        return Core(end: end, period: unanchored(holiday, orthodox, daysAfter), anchor: .none)
      }
      return Core(
        end: end, period: .day(Self.day(of: holiday, in: year, orthodox, daysAfter)),
        anchor: anchor)
    }
    guard prefix.preposition != nil else { return nil }
    let end = k + 1
    guard let d = dct else {
      return Core(end: end, period: unanchored(holiday, orthodox, daysAfter), anchor: .none)
    }
    let days = (d.year - 1...d.year + 1).map { Self.day(of: holiday, in: $0, orthodox, daysAfter) }
    let chosen = Self.choose(
      past: days.last { $0 <= d } ?? days[0], future: days.first { $0 >= d } ?? days[2],
      around: d, direction(prefix, start, end))
    return Core(end: end, period: .day(chosen), anchor: .documentDate)
  }

  /// `am Tag des Sieges` (9 May, Victory Day in Russia and its neighbours), `zum Tag der
  /// Deutschen Einheit` (3 October), with or without a year, read like a holiday.
  func parseNamedDay(at j: Int, prefix: Prefix) -> Core? {
    guard case .unit(.day, plural: false)? = word(j) else { return nil }
    for named in GermanCalendarWords.namedDays {
      let last = j + named.words.count
      guard last < tokens.count,
        named.words.indices.allSatisfy({ isWord(j + 1 + $0, named.words[$0]) })
      else { continue }
      return parseHoliday(
        at: last, prefix: prefix, named: .fixed(month: named.month, day: named.day), from: j)
    }
    return nil
  }

  /// The day of `holiday` in `year`, `daysAfter` days later; Orthodox Christmas is 7 January,
  /// and the other fixed days keep their date.
  static func day(of holiday: Holiday, in year: Int, _ orthodox: Bool, _ daysAfter: Int)
    -> CalendarDay
  {
    switch holiday {
    case .fixed(let month, let day):
      let date =
        orthodox && month == 12 && day == 25
        ? CalendarDay(uncheckedYear: year, month: 1, day: 7)
        : CalendarDay(uncheckedYear: year, month: month, day: day)
      return date.adding(days: daysAfter)
    case .easter(let offset):
      return (orthodox ? orthodoxEaster(year) : easter(year)).adding(days: offset + daysAfter)
    }
  }

  /// The value of `holiday` without a known year (`XXXX-12-25`); movable feasts' month and day
  /// are unknown too (`XXXX-XX-XX`).
  private func unanchored(_ holiday: Holiday, _ orthodox: Bool, _ daysAfter: Int) -> DatePeriod {
    guard case .fixed = holiday else {
      return .unanchored(value: "XXXX-XX-XX", granularity: .day)
    }
    let date = Self.day(of: holiday, in: 2001, orthodox, daysAfter)
    return .unanchored(value: "XXXX-\(two(date.month))-\(two(date.day))", granularity: .day)
  }

  /// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
  /// - Complexity: O(1).
  static func easter(_ year: Int) -> CalendarDay {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30
    let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let monthDay = h + l - 7 * m + 114
    return CalendarDay(uncheckedYear: year, month: monthDay / 31, day: monthDay % 31 + 1)
  }

  /// Easter Sunday of `year` in the Orthodox churches' reckoning: the Julian computus, its date
  /// moved to the Gregorian calendar (13 days later from 1900 to 2099, a day less or more for
  /// every century before or after that Gregorian leap rules skip).
  /// - Complexity: O(1).
  static func orthodoxEaster(_ year: Int) -> CalendarDay {
    let d = (19 * (year % 19) + 15) % 30
    let e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    let monthDay = d + e + 114
    let julian = CalendarDay(uncheckedYear: year, month: monthDay / 31, day: monthDay % 31 + 1)
    let shift = year / 100 - year / 400 - 2
    return julian.adding(days: shift)
  }
}
