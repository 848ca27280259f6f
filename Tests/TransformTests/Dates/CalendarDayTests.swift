import Testing

@testable import Transform

@Suite("CalendarDay")
struct CalendarDayTests {
  @Test(
    "leap years",
    arguments: [
      (2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (1996, true),
    ])
  func leapYears(year: Int, leap: Bool) {
    #expect(CalendarDay.isLeapYear(year) == leap)
  }

  @Test(
    "ISO parsing rejects impossible dates",
    arguments: [
      ("2024-02-29", true), ("2023-02-29", false), ("2023-04-31", false), ("2023-13-01", false),
      ("2023-1-01", false), ("2023-12-31", true), ("20231231", false),
    ])
  func isoParsing(text: String, valid: Bool) {
    #expect((CalendarDay(iso: text) != nil) == valid)
    if valid { #expect(CalendarDay(iso: text)?.description == text) }
  }

  @Test(
    "weekday and ISO week",
    arguments: [
      ("2025-07-04", 5, "2025-W27"), ("2025-01-01", 3, "2025-W01"), ("2024-12-30", 1, "2025-W01"),
      ("2021-01-03", 7, "2020-W53"), ("2020-12-31", 4, "2020-W53"), ("2022-11-27", 7, "2022-W47"),
      ("2026-12-31", 4, "2026-W53"), ("2027-01-01", 5, "2026-W53"),
    ])
  func weekdayAndWeek(iso: String, weekday: Int, week: String) throws {
    let d = try #require(CalendarDay(iso: iso))
    #expect(d.weekday == weekday)
    let w = d.isoWeek
    #expect(DatePeriod.week(year: w.year, week: w.week).value == week)
  }

  @Test(
    "weeks per ISO year", arguments: [(2020, 53), (2021, 52), (2024, 52), (2026, 53), (2015, 53)])
  func weeksPerYear(year: Int, weeks: Int) {
    #expect(CalendarDay.isoWeeksInYear(year) == weeks)
  }

  @Test(
    "adding days and months",
    arguments: [
      ("2024-02-28", 1, 0, "2024-02-29"), ("2023-02-28", 1, 0, "2023-03-01"),
      ("2024-12-31", 1, 0, "2025-01-01"), ("2025-01-01", -1, 0, "2024-12-31"),
      ("2024-01-31", 0, 1, "2024-02-29"), ("2025-01-15", 0, -1, "2024-12-15"),
      ("2025-03-31", 0, -13, "2024-02-29"),
    ])
  func adding(iso: String, days: Int, months: Int, expected: String) throws {
    let d = try #require(CalendarDay(iso: iso))
    #expect(d.adding(days: days).adding(months: months).description == expected)
  }

  @Test("day numbers round-trip across centuries")
  func dayNumbers() throws {
    let epoch = try #require(CalendarDay(iso: "1970-01-01"))
    #expect(epoch.dayNumber == 0)
    for n in stride(from: -50_000, through: 50_000, by: 997) {
      #expect(CalendarDay(dayNumber: n).dayNumber == n)
    }
    #expect(
      CalendarDay(iso: "2000-03-01")!.dayNumber - CalendarDay(iso: "2000-02-28")!.dayNumber == 2)
  }

  @Test("monday of ISO week")
  func mondayOfWeek() {
    #expect(CalendarDay.mondayOfISOWeek(year: 2025, week: 1).description == "2024-12-30")
    #expect(CalendarDay.mondayOfISOWeek(year: 2020, week: 53).description == "2020-12-28")
  }
}
