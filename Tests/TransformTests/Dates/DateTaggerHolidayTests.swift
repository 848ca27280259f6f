import Testing

@testable import Transform

@Suite("DateTagger: holidays")
struct DateTaggerHolidayTests {
  /// Holidays with and without a year, against the document date 2025-03-10 (a Monday).
  static let cases: [DateCase] = [
    DateCase(
      "An Weihnachten kam er heim.", "An Weihnachten",
      "2024-12-25 _ day date 2024-12-25 2024-12-25", dct: "2025-03-10"),
    DateCase(
      "Kurz vor Silvester stieg der Preis.", "vor Silvester",
      "2024-12-31 BEFORE day date 2024-12-31 2024-12-31", dct: "2025-03-10"),
    DateCase(
      "Am zweiten Weihnachtstag reiste er ab.", "Am zweiten Weihnachtstag",
      "2024-12-26 _ day date 2024-12-26 2024-12-26", dct: "2025-03-10"),
    DateCase(
      "Zum orthodoxen Weihnachtsfest lud der Patriarch ein.", "Zum orthodoxen Weihnachtsfest",
      "2025-01-07 _ day date 2025-01-07 2025-01-07", dct: "2025-03-10"),
    DateCase(
      "Seit Ostern 2024 gilt das Gesetz.", "Seit Ostern 2024",
      "2024-03-31 ON_OR_AFTER day date 2024-03-31 2024-03-31", dct: "2025-03-10"),
    DateCase(
      "Bis Pfingsten soll es fertig sein.", "Bis Pfingsten",
      "2025-06-08 ON_OR_BEFORE day date 2025-06-08 2025-06-08", dct: "2025-03-10"),
    DateCase(
      "An den orthodoxen Ostern 2024 sprach er.", "An den orthodoxen Ostern 2024",
      "2024-05-05 _ day date 2024-05-05 2024-05-05", dct: "2025-03-10"),
    DateCase(
      "An Weihnachten kam er heim.", "An Weihnachten", "XXXX-12-25 _ day date _ _", dct: nil),
    DateCase(
      "Am Tag des Sieges hatte Putin gesprochen.", "Am Tag des Sieges",
      "2024-05-09 _ day date 2024-05-09 2024-05-09", dct: "2025-03-10"),
    DateCase(
      "Zum Tag der Deutschen Einheit 2023 sprach er.", "Zum Tag der Deutschen Einheit 2023",
      "2023-10-03 _ day date 2023-10-03 2023-10-03", dct: "2025-03-10"),
    // `seit` points back whatever the tense; a date right after the holiday wins.
    DateCase(
      "Seit Heiligabend wird gekämpft.", "Seit Heiligabend",
      "2024-12-24 ON_OR_AFTER day date 2024-12-24 2024-12-24", dct: "2025-03-10"),
    DateCase(
      "Am Tag des Sieges, dem 8. November, feierte Baku.", "dem 8. November",
      "2024-11-08 _ day date 2024-11-08 2024-11-08", dct: "2025-03-10"),
    DateCase("Zu Ostern kamen Pilger.", "Zu Ostern", "XXXX-XX-XX _ day date _ _", dct: nil),
  ]

  @Test("holidays", arguments: cases)
  func holidays(_ c: DateCase) throws {
    try checkDate(c)
  }

  @Test func aHolidayAloneIsTheFeastInGeneral() {
    #expect(
      tagDates(
        "Weihnachten ist ein Familienfest. Orthodoxe Christen feiern. Der Tag des Sieges ist "
          + "ein Feiertag.", dct: nil
      ).isEmpty)
  }

  /// Easter Sundays from published tables, Western and Orthodox.
  @Test func easterSundaysAreThoseOfTheTables() {
    #expect(DateScan.easter(2024).description == "2024-03-31")
    #expect(DateScan.easter(2025).description == "2025-04-20")
    #expect(DateScan.easter(2019).description == "2019-04-21")
    #expect(DateScan.easter(2000).description == "2000-04-23")
    #expect(DateScan.orthodoxEaster(2024).description == "2024-05-05")
    #expect(DateScan.orthodoxEaster(2023).description == "2023-04-16")
    #expect(DateScan.orthodoxEaster(2021).description == "2021-05-02")
  }
}
