import Testing

@testable import Extract

@Suite struct DocumentHeaderTests {
  @Test func findsHeadlineAfterDateAndSiteLines() {
    let text = """
      März 14, 2024

      nachrichtenportal

      Tokajew empfängt Paschinjan in Astana zu Gesprächen
      Der kasachische Präsident hat am Mittwoch … Mehr dazu. Und noch mehr.
      Quelle: Reuters
      """
    #expect(
      DocumentHeader.find(in: Array(text.utf8))
        == DocumentHeader(title: "Tokajew empfängt Paschinjan in Astana zu Gesprächen", source: "Reuters"))
  }

  @Test func aLongFirstParagraphIsNoHeadline() {
    let text = "Bischkek, 12. März – Die Regierung hat am Dienstag beschlossen. Weitere Sätze folgen hier."
    #expect(DocumentHeader.find(in: Array(text.utf8)) == DocumentHeader())
  }
}
