import Extract
import Testing

@testable import Transform

@Suite struct WordListTests {
  /// The words as `Character` lines give them: what the byte scan must agree with.
  private static func reference(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).compactMap { line in
      let word = String(line).trimmingWhiteSpace()
      return word.isEmpty || word.hasPrefix("#") ? nil : word
    }
  }

  @Test func wordsBetweenEveryKindOfLineBreak() {
    let text =
      "# Vornamen\nSergej\r\nNikol \u{0B}Ilham\u{0C}\rJoão\u{85}Ölüm\u{2028}  Ärzte  \u{2029}"
      + "\n\n   \n#kommentar\nZoë\u{A0}\nletzte"
    #expect(
      WordList.parse(text) == [
        "Sergej", "Nikol", "Ilham", "João", "Ölüm", "Ärzte", "Zoë", "letzte",
      ])
    #expect(WordList.parse(text) == Self.reference(text))
  }

  /// Texts made of words, spaces, comments and every line break in every order agree with the
  /// `Character` split, including breaks at the very start and end.
  @Test func agreesWithTheCharacterSplit() {
    let pieces = [
      "Wort", " ", "#x", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
      "ä", "\u{A0}", "\t",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      #expect(WordList.parse(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
    }
  }
}
