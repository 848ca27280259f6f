import Testing

@testable import Transform

@Suite("DateTagger: durations, sets, references")
struct DateTaggerVagueTests {
  static let cases: [DateCase] = [
    DateCase("Der Krieg dauerte drei Jahre lang.", "drei Jahre lang", "P3Y _ year duration _ _"),
    DateCase(
      "Seit zwei Wochen streiken die Arbeiter.", "Seit zwei Wochen", "P2W _ week duration _ _"),
    DateCase(
      "Er verbrachte ein halbes Jahr in Haft.", "ein halbes Jahr", "P6M _ year duration _ _"),
    DateCase(
      "Nach mehr als einem Jahr kam er frei.", "Nach mehr als einem Jahr",
      "P1Y MORE_THAN year duration _ _"),
    DateCase(
      "Fast zwei Jahre später kam er frei.", "Fast zwei Jahre", "P2Y LESS_THAN year duration _ _"),
    DateCase("Er blieb eineinhalb Jahre.", "eineinhalb Jahre", "P18M _ year duration _ _"),
    DateCase("Nach 20 Jahren Haft kam er frei.", "Nach 20 Jahren", "P20Y _ year duration _ _"),
    DateCase(
      "Der Streit schwelt seit Jahrzehnten.", "seit Jahrzehnten", "PXDE _ decade duration _ _"),
    DateCase("Sie stritten jahrelang.", "jahrelang", "PXY _ year duration _ _"),
    DateCase("Ein paar Tage später kam er.", "Ein paar Tage", "PXD _ day duration _ _"),
    DateCase(
      "In den nächsten drei Jahren wird gebaut.", "In den nächsten drei Jahren",
      "P3Y _ year duration _ _"),
    DateCase("Jeden Montag demonstrieren sie.", "Jeden Montag", "XXXX-WXX-1 _ day set _ _"),
    DateCase("Jedes Jahr kommen Touristen.", "Jedes Jahr", "P1Y _ year set _ _"),
    DateCase("Der Markt öffnet montags.", "montags", "XXXX-WXX-1 _ day set _ _"),
    DateCase("Die Züge fahren täglich.", "täglich", "P1D _ day set _ _"),
    DateCase("Der Rat tagt alle zwei Wochen.", "alle zwei Wochen", "P2W _ week set _ _"),
    DateCase("Derzeit ist die Lage ruhig.", "Derzeit", "PRESENT_REF _ _ reference _ _"),
    DateCase("Damals war alles anders.", "Damals", "PAST_REF _ _ reference _ _"),
    DateCase(
      "In den letzten Jahren wuchs die Stadt.", "In den letzten Jahren",
      "PAST_REF _ year reference _ _"),
    DateCase(
      "In den kommenden Monaten wird gebaut.", "In den kommenden Monaten",
      "FUTURE_REF _ month reference _ _"),
    DateCase("In Zukunft wird gebaut.", "In Zukunft", "FUTURE_REF _ _ reference _ _"),
    DateCase(
      "Vor einigen Jahren zog er nach Berlin.", "Vor einigen Jahren",
      "PAST_REF _ year reference _ _"),
  ]

  @Test("durations, sets and references have their own kind", arguments: cases)
  func vague(_ c: DateCase) throws {
    try checkDate(c, anchor: "none")
  }
}
