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
        == DocumentHeader(
          title: "Tokajew empfängt Paschinjan in Astana zu Gesprächen", source: "Reuters"))
  }

  @Test func aLongFirstParagraphIsNoHeadline() {
    let text =
      "Bischkek, 12. März – Die Regierung hat am Dienstag beschlossen. Weitere Sätze folgen hier."
    #expect(DocumentHeader.find(in: Array(text.utf8)) == DocumentHeader())
  }

  @Test func aPhotoCreditOrCaptionIsNoHeadline() {
    let text = """
      Bischkek, 12. März – Die Regierung hat am Dienstag beschlossen. Weitere Sätze folgen hier.

      Bildunterschrift: Die Regierung tagt in Bischkek/AFP
      Foto: Anna Berg/AP/dpa
      © Reuters Foto Archiv Berg
      Foto: Anna Berg
      Bild: Kanzler plant die Kabinettsumbildung
      """
    #expect(
      DocumentHeader.find(in: Array(text.utf8))
        == DocumentHeader(title: "Bild: Kanzler plant die Kabinettsumbildung"))
  }

  /// The headline rule as first written over `String`s, kept as the reference.
  private static func referenceLooksLikeHeadline(_ line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    let wordsWithLetters = words.filter { $0.first?.isLetter == true }.count
    guard wordsWithLetters >= 3, words.count <= 30, line.unicodeScalars.count <= 200 else {
      return false
    }
    if let last = line.last, ".:,".contains(last) { return false }
    return !line.contains(". ")
  }

  static let headlineCases: [(String, Bool)] = [
    ("Tokajew empfängt Paschinjan in Astana", true),
    ("Ärger über Öl: Österreich und Ungarn streiten", true),
    ("Кремль отвечает Западу резко", true),
    ("12. März 2024 – 14:00 Uhr", false),
    ("Zwei Wörter", false),
    ("Drei Wörter hier:", false),
    ("Das Ende naht, sagt er,", false),
    ("Ein Satz. Und noch einer hier", false),
    ("Im Jahr 2024 wuchs die Wirtschaft um 3.5 Prozent", true),
    ("\t„Wir bleiben“ – Paschinjan\tzu  Gesprächen", true),
    (Array(repeating: "Wort", count: 30).joined(separator: " "), true),
    (Array(repeating: "Wort", count: 31).joined(separator: " "), false),
    ("Eins Zwei. \u{301}Drei Vier", true),
    ("Eins\u{301} Zwei Drei", true),
    ("Zwei \u{301}Wörter", false),
    ("Ab " + String(repeating: "x", count: 193) + " c d", true),
    ("Ab " + String(repeating: "x", count: 194) + " c d", false),
  ]

  @Test(arguments: headlineCases) func headlineRuleOverBytes(_ line: String, expected: Bool) {
    #expect(DocumentHeader.looksLikeHeadline(line) == expected)
    #expect(Self.referenceLooksLikeHeadline(line) == expected)
  }
}
