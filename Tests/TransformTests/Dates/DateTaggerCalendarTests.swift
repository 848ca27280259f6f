import Testing

@testable import Transform

@Suite("DateTagger: calendar dates")
struct DateTaggerCalendarTests {
  static let absolute: [DateCase] = [
    DateCase(
      "Das Treffen fand am 7. November 2023 in Minsk statt.", "am 7. November 2023",
      "2023-11-07 _ day date 2023-11-07 2023-11-07"),
    DateCase(
      "Der Vertrag wurde 7.11.2023 unterzeichnet.", "7.11.2023",
      "2023-11-07 _ day date 2023-11-07 2023-11-07"),
    DateCase(
      "Die Frist endete am 07.11.23 um Mitternacht.", "am 07.11.23",
      "2023-11-07 _ day date 2023-11-07 2023-11-07"),
    DateCase(
      "Laut Protokoll vom 2023-11-07 lag kein Antrag vor.", "vom 2023-11-07",
      "2023-11-07 _ day date 2023-11-07 2023-11-07"),
    DateCase(
      "Am 7. Nov. 2023 traf die Delegation ein.", "Am 7. Nov. 2023",
      "2023-11-07 _ day date 2023-11-07 2023-11-07"),
    DateCase(
      "Dezember 27, 2024", "Dezember 27, 2024", "2024-12-27 _ day date 2024-12-27 2024-12-27"),
    DateCase(
      "The report dated 3 March 2022 was leaked.", "3 March 2022",
      "2022-03-03 _ day date 2022-03-03 2022-03-03"),
    DateCase(
      "Die Wahl fand am 12. Jänner 2020 statt.", "am 12. Jänner 2020",
      "2020-01-12 _ day date 2020-01-12 2020-01-12"),
    DateCase(
      "Bereits am 3. Feber 2019 kam es zu Protesten.", "am 3. Feber 2019",
      "2019-02-03 _ day date 2019-02-03 2019-02-03"),
    DateCase(
      "Am 5. Jan. 2021 begann die Übung.", "Am 5. Jan. 2021",
      "2021-01-05 _ day date 2021-01-05 2021-01-05"),
    DateCase(
      "Am 14. Febr. 2022 reiste er ab.", "Am 14. Febr. 2022",
      "2022-02-14 _ day date 2022-02-14 2022-02-14"),
    DateCase(
      "Am 1. Sept. 2021 begann das Schuljahr.", "Am 1. Sept. 2021",
      "2021-09-01 _ day date 2021-09-01 2021-09-01"),
    DateCase(
      "Am 9. Okt. 2020 wurde gewählt.", "Am 9. Okt. 2020",
      "2020-10-09 _ day date 2020-10-09 2020-10-09"),
    DateCase(
      "Am 24. Dez. 2022 blieb es ruhig.", "Am 24. Dez. 2022",
      "2022-12-24 _ day date 2022-12-24 2022-12-24"),
    DateCase(
      "Am 3. März 2022 tagte der Rat.", "Am 3. März 2022",
      "2022-03-03 _ day date 2022-03-03 2022-03-03"),
    DateCase(
      "AM 3. MÄRZ 2022 TAGTE DER RAT.", "AM 3. MÄRZ 2022",
      "2022-03-03 _ day date 2022-03-03 2022-03-03"),
    DateCase(
      "Am 29. Februar 2024 wurde abgestimmt.", "Am 29. Februar 2024",
      "2024-02-29 _ day date 2024-02-29 2024-02-29"),
    DateCase(
      "Der Bericht nennt den 1. März 2022 als Stichtag.", "den 1. März 2022",
      "2022-03-01 _ day date 2022-03-01 2022-03-01"),
    DateCase(
      "Die Sanktionen gelten seit dem 24. Februar 2022.", "seit dem 24. Februar 2022",
      "2022-02-24 ON_OR_AFTER day date 2022-02-24 2022-02-24"),
    DateCase(
      "Der Waffenstillstand gilt bis zum 31. Dezember 2025.", "bis zum 31. Dezember 2025",
      "2025-12-31 ON_OR_BEFORE day date 2025-12-31 2025-12-31"),
    DateCase(
      "Das Gesetz vom 1. Juli 1990 gilt weiter.", "vom 1. Juli 1990",
      "1990-07-01 _ day date 1990-07-01 1990-07-01"),
    DateCase(
      "Am Montag, 6. Januar 2025, tagte das Kabinett.", "Am Montag, 6. Januar 2025",
      "2025-01-06 _ day date 2025-01-06 2025-01-06"),
    DateCase(
      "Im August 2021 zogen die Truppen ab.", "Im August 2021",
      "2021-08 _ month date 2021-08-01 2021-08-31"),
    DateCase(
      "Die Preise stiegen im Februar 2024 deutlich.", "im Februar 2024",
      "2024-02 _ month date 2024-02-01 2024-02-29"),
    DateCase(
      "Im Februar 2023 sank die Zahl.", "Im Februar 2023",
      "2023-02 _ month date 2023-02-01 2023-02-28"),
    DateCase(
      "Die Ernte im Okt. 2022 war schlecht.", "im Okt. 2022",
      "2022-10 _ month date 2022-10-01 2022-10-31"),
    DateCase(
      "Seit Februar 2022 herrscht Krieg.", "Seit Februar 2022",
      "2022-02 ON_OR_AFTER month date 2022-02-01 2022-02-28"),
    DateCase(
      "Oktober 2021 war ein kalter Monat.", "Oktober 2021",
      "2021-10 _ month date 2021-10-01 2021-10-31"),
    DateCase(
      "Der Bericht 11.2023 liegt vor.", "11.2023", "2023-11 _ month date 2023-11-01 2023-11-30"),
    DateCase(
      "Im Jahr 2020 begann die Pandemie.", "Im Jahr 2020",
      "2020 _ year date 2020-01-01 2020-12-31"),
    DateCase(
      "Seit 2014 ist die Krim besetzt.", "Seit 2014",
      "2014 ON_OR_AFTER year date 2014-01-01 2014-12-31"),
    DateCase(
      "Die Türkei schloss 1993 ihre Grenze.", "1993", "1993 _ year date 1993-01-01 1993-12-31"),
    DateCase(
      "Das Abkommen stammt aus dem Jahr 2020.", "dem Jahr 2020",
      "2020 _ year date 2020-01-01 2020-12-31"),
    DateCase(
      "Die Zahl der Flüge sank 2020.", "2020", "2020 _ year date 2020-01-01 2020-12-31"),
    DateCase(
      "Bis 2030 soll die Flotte erneuert werden.", "Bis 2030",
      "2030 ON_OR_BEFORE year date 2030-01-01 2030-12-31"),
    DateCase(
      "Ab 2026 gelten neue Regeln.", "Ab 2026", "2026 ON_OR_AFTER year date 2026-01-01 2026-12-31"
    ),
    DateCase(
      "Die Angaben des Jahres 2022 sind unvollständig.", "des Jahres 2022",
      "2022 _ year date 2022-01-01 2022-12-31"),
    DateCase(
      "Die Kosten (2019) waren hoch.", "2019", "2019 _ year date 2019-01-01 2019-12-31"),
    DateCase(
      "Er wurde 1952, mitten im Kalten Krieg, geboren.", "1952",
      "1952 _ year date 1952-01-01 1952-12-31"),
    DateCase(
      "Um 1900 lebten dort wenige Familien.", "Um 1900",
      "1900 APPROX year date 1900-01-01 1900-12-31"),
    DateCase(
      "Vor 1989 war die Grenze geschlossen.", "Vor 1989",
      "1989 BEFORE year date 1989-01-01 1989-12-31"),
    DateCase(
      "Im Jahr 1550 wurde die Stadt gegründet.", "Im Jahr 1550",
      "1550 _ year date 1550-01-01 1550-12-31"),
    DateCase(
      "Im Winter 2022/23 fehlte Gas.", "Im Winter 2022/23",
      "2022-WI _ season date 2022-12-01 2023-02-28"),
  ]

  @Test("absolute dates", arguments: absolute)
  func absoluteDates(_ c: DateCase) throws {
    try checkDate(c, anchor: "absolute")
  }

  static let ranges: [(String, String, String, String, String)] = [
    (
      "Die Messe läuft vom 3. bis 5. Mai 2024.", "vom 3.",
      "2024-05-03 _ day date 2024-05-03 2024-05-03", "5. Mai 2024",
      "2024-05-05 _ day date 2024-05-05 2024-05-05"
    ),
    (
      "Die Zahl stieg zwischen dem 15. August 2021 und dem 24. Februar 2022 stark.",
      "zwischen dem 15. August 2021", "2021-08-15 _ day date 2021-08-15 2021-08-15",
      "dem 24. Februar 2022", "2022-02-24 _ day date 2022-02-24 2022-02-24"
    ),
    (
      "Die Manöver dauern vom 28. Dezember bis 3. Januar 2024.", "vom 28. Dezember",
      "2023-12-28 _ day date 2023-12-28 2023-12-28", "3. Januar 2024",
      "2024-01-03 _ day date 2024-01-03 2024-01-03"
    ),
    (
      "Das Festival findet am 3.–5. Mai 2024 statt.", "3.",
      "2024-05-03 _ day date 2024-05-03 2024-05-03", "5. Mai 2024",
      "2024-05-05 _ day date 2024-05-05 2024-05-05"
    ),
    (
      "Von 2014 bis 2016 war er Botschafter.", "Von 2014",
      "2014 _ year date 2014-01-01 2014-12-31", "2016", "2016 _ year date 2016-01-01 2016-12-31"
    ),
    (
      "In den Jahren 2014–2016 stieg der Export.", "2014",
      "2014 _ year date 2014-01-01 2014-12-31", "2016", "2016 _ year date 2016-01-01 2016-12-31"
    ),
    (
      "Von Mai bis Juli 2023 wurde gebaut.", "Von Mai",
      "2023-05 _ month date 2023-05-01 2023-05-31",
      "Juli 2023", "2023-07 _ month date 2023-07-01 2023-07-31"
    ),
    (
      "Die Ausstellung ist vom 1. bis 10. März geöffnet.", "vom 1.",
      "2025-03-01 _ day date 2025-03-01 2025-03-01", "10. März",
      "2025-03-10 _ day date 2025-03-10 2025-03-10"
    ),
  ]

  @Test("ranges give two mentions", arguments: ranges)
  func rangesGiveTwoMentions(
    text: String, first: String, firstExpected: String, second: String, secondExpected: String
  ) throws {
    let mentions = tagDates(text, dct: "2025-07-04")
    try #require(mentions.count == 2, "\(mentions.map { dateSurface(of: $0, in: text) })")
    #expect(dateSurface(of: mentions[0], in: text) == first)
    #expect(dateSummary(mentions[0]) == firstExpected)
    #expect(dateSurface(of: mentions[1], in: text) == second)
    #expect(dateSummary(mentions[1]) == secondExpected)
  }

  @Test("29 February of a common year is no day; the month remains")
  func invalidLeapDay() throws {
    let text = "Am 29. Februar 2023 war nichts los."
    let mentions = tagDates(text, dct: "2025-07-04")
    try #require(mentions.count == 1)
    #expect(dateSurface(of: mentions[0], in: text) == "Februar 2023")
    #expect(dateSummary(mentions[0]) == "2023-02 _ month date 2023-02-01 2023-02-28")
  }

  @Test("byte offsets count UTF-8 bytes")
  func byteOffsets() throws {
    let text = "Über Nacht, am 3. März 2022, fiel Schnee."
    let m = try #require(tagDates(text, dct: nil).first)
    #expect(m.start == 13)
    #expect(m.end == 13 + "am 3. März 2022".utf8.count)
  }
}
