import Testing

@testable import Transform

@Suite("DateTagger: parts, seasons, quarters, decades")
struct DateTaggerPartsTests {
  static let cases: [DateCase] = [
    DateCase(
      "Anfang 2022 marschierten Truppen ein.", "Anfang 2022",
      "2022 START year date 2022-01-01 2022-04-30"),
    DateCase(
      "Mitte 2023 begann die Offensive.", "Mitte 2023", "2023 MID year date 2023-05-01 2023-08-31"),
    DateCase(
      "Ende 2021 wurde gewählt.", "Ende 2021", "2021 END year date 2021-09-01 2021-12-31"),
    DateCase(
      "Ende letzten Jahres waren es mehr.", "Ende letzten Jahres",
      "2024 END year date 2024-09-01 2024-12-31"),
    DateCase(
      "Bis Ende letzten Jahres waren es mehr.", "Bis Ende letzten Jahres",
      "2024 END year date 2024-09-01 2024-12-31"),
    DateCase(
      "Anfang des Jahres stiegen die Preise.", "Anfang des Jahres",
      "2025 START year date 2025-01-01 2025-04-30"),
    DateCase(
      "Ende des Monats wird abgerechnet.", "Ende des Monats",
      "2025-07 END month date 2025-07-21 2025-07-31"),
    DateCase(
      "Mitte der Woche regnete es.", "Mitte der Woche",
      "2025-W27 MID week date 2025-07-02 2025-07-04"),
    DateCase(
      "Zum Jahresende sinken die Preise.", "Zum Jahresende",
      "2025 END year date 2025-09-01 2025-12-31"),
    DateCase(
      "Ende Mai 2024 fiel die Stadt.", "Ende Mai 2024",
      "2024-05 END month date 2024-05-21 2024-05-31"),
    DateCase(
      "Mitte Februar 2024 taute es.", "Mitte Februar 2024",
      "2024-02 MID month date 2024-02-11 2024-02-20"),
    DateCase(
      "Ende Februar 2024 taute es.", "Ende Februar 2024",
      "2024-02 END month date 2024-02-21 2024-02-29"),
    DateCase(
      "Anfang November begann der Frost.", "Anfang November",
      "2024-11 START month date 2024-11-01 2024-11-10"),
    DateCase(
      "Im Herbst im vergangenen Jahr wurde gebaut.", "Im Herbst im vergangenen Jahr",
      "2024-FA _ season date 2024-09-01 2024-11-30"),
    DateCase(
      "Im Herbst letzten Jahres wurde gebaut.", "Im Herbst letzten Jahres",
      "2024-FA _ season date 2024-09-01 2024-11-30"),
    DateCase(
      "Im Winter 2024 froren die Leitungen.", "Im Winter 2024",
      "2024-WI _ season date 2024-12-01 2025-02-28"),
    DateCase(
      "Im Winter 2023 froren die Leitungen.", "Im Winter 2023",
      "2023-WI _ season date 2023-12-01 2024-02-29"),
    DateCase(
      "Im Frühjahr 2022 begann der Krieg.", "Im Frühjahr 2022",
      "2022-SP _ season date 2022-03-01 2022-05-31"),
    DateCase(
      "Im Frühling 2021 blühte es.", "Im Frühling 2021",
      "2021-SP _ season date 2021-03-01 2021-05-31"),
    DateCase(
      "Im Sommer kam es zu Waldbränden.", "Im Sommer",
      "2025-SU _ season date 2025-06-01 2025-08-31"),
    DateCase(
      "Im vergangenen Winter fror es.", "Im vergangenen Winter",
      "2024-WI _ season date 2024-12-01 2025-02-28"),
    DateCase(
      "Im vergangenen Winter fror es.", "Im vergangenen Winter",
      "2023-WI _ season date 2023-12-01 2024-02-29", dct: "2025-01-15"),
    DateCase(
      "Im Herbst soll gewählt werden.", "Im Herbst",
      "2025-FA _ season date 2025-09-01 2025-11-30"),
    DateCase(
      "Im Herbst wurde gewählt.", "Im Herbst", "2024-FA _ season date 2024-09-01 2024-11-30"),
    DateCase(
      "Im dritten Quartal 2023 sank der Umsatz.", "Im dritten Quartal 2023",
      "2023-Q3 _ quarter date 2023-07-01 2023-09-30"),
    DateCase(
      "Im 1. Quartal 2024 stieg der Umsatz.", "Im 1. Quartal 2024",
      "2024-Q1 _ quarter date 2024-01-01 2024-03-31"),
    DateCase(
      "Der Umsatz stieg in Q3 2023 deutlich.", "in Q3 2023",
      "2023-Q3 _ quarter date 2023-07-01 2023-09-30"),
    DateCase(
      "Im vierten Quartal sank der Umsatz.", "Im vierten Quartal",
      "2024-Q4 _ quarter date 2024-10-01 2024-12-31"),
    DateCase(
      "In der ersten Jahreshälfte stieg der Export.", "In der ersten Jahreshälfte",
      "2025-H1 _ half date 2025-01-01 2025-06-30"),
    DateCase(
      "Im zweiten Halbjahr 2024 stieg der Export.", "Im zweiten Halbjahr 2024",
      "2024-H2 _ half date 2024-07-01 2024-12-31"),
    DateCase(
      "In der zweiten Hälfte des Jahres 2023 fiel er.", "In der zweiten Hälfte des Jahres 2023",
      "2023-H2 _ half date 2023-07-01 2023-12-31"),
    DateCase(
      "In den 1990er Jahren zerfiel die Union.", "In den 1990er Jahren",
      "199 _ decade date 1990-01-01 1999-12-31"),
    DateCase(
      "Seit den 1990er Jahren wächst die Stadt.", "Seit den 1990er Jahren",
      "199 ON_OR_AFTER decade date 1990-01-01 1999-12-31"),
    DateCase(
      "Anfang der 1990er-Jahre zerfiel die Union.", "Anfang der 1990er-Jahre",
      "199 START decade date 1990-01-01 1992-12-31"),
    DateCase(
      "Ende der 1980er Jahre fiel die Mauer.", "Ende der 1980er Jahre",
      "198 END decade date 1987-01-01 1989-12-31"),
    DateCase(
      "Die Musik der 90er bleibt beliebt.", "der 90er", "199 _ decade date 1990-01-01 1999-12-31"),
    DateCase(
      "In den Neunzigerjahren wuchs die Stadt.", "In den Neunzigerjahren",
      "199 _ decade date 1990-01-01 1999-12-31"),
    DateCase(
      "In den siebziger Jahren wuchs die Stadt.", "In den siebziger Jahren",
      "197 _ decade date 1970-01-01 1979-12-31"),
    DateCase(
      "In den 2010er Jahren wuchs die Stadt.", "In den 2010er Jahren",
      "201 _ decade date 2010-01-01 2019-12-31"),
    DateCase(
      "Im 20. Jahrhundert wuchs die Stadt.", "Im 20. Jahrhundert",
      "19 _ century date 1900-01-01 1999-12-31"),
    DateCase(
      "Ende des 19. Jahrhunderts wuchs die Stadt.", "Ende des 19. Jahrhunderts",
      "18 END century date 1867-01-01 1899-12-31"),
  ]

  @Test("parts of periods", arguments: cases)
  func parts(_ c: DateCase) throws {
    try checkDate(c)
  }
}
