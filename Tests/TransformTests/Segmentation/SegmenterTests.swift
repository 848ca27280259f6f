import Testing

@testable import Transform

@Suite struct SegmenterTests {
  private let segmenter = Segmenter(abbreviations: ["Dr", "St", "Nov", "usw"])

  private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let result = segmenter.segment(bytes)
    return result.sentences.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
  }

  private func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokens(in: bytes).map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test(arguments: [
    (
      "Moskau, 27. Nov – Die OVKS tagt. Dr. Weber kommt aus St. Petersburg.",
      ["Moskau, 27. Nov – Die OVKS tagt.", "Dr. Weber kommt aus St. Petersburg."]
    ),
    ("Das gilt z. B. für W. Putin. Er schwieg.", ["Das gilt z. B. für W. Putin.", "Er schwieg."]),
    ("Die 102. Militärbasis liegt in Gjumri.", ["Die 102. Militärbasis liegt in Gjumri."]),
    ("Das war im Jahr 2020. Danach kam 2021.", ["Das war im Jahr 2020.", "Danach kam 2021."]),
    ("„Wir bleiben.“ Das sagte er.", ["„Wir bleiben.“", "Das sagte er."]),
    ("Ist das so? Ja! Gut…", ["Ist das so?", "Ja!", "Gut…"]),
    (
      "Überschrift ohne Punkt\nErster Satz.\n\nFoto: Anna Berg/Reuters",
      ["Überschrift ohne Punkt", "Erster Satz.", "Foto: Anna Berg/Reuters"]
    ),
    ("Ein Satz, der\nweitergeht.", ["Ein Satz, der\nweitergeht."]),
    ("Preise steigen usw. weiter.", ["Preise steigen usw. weiter."]),
    // `Drs` is not `Dr`: only the whole word is looked up in the abbreviations.
    ("Er traf Drs. Weber. Sie kam.", ["Er traf Drs.", "Weber.", "Sie kam."]),
    (
      "Sie sah Dr. Weber und St. Pauli. Nov. Ende.",
      ["Sie sah Dr. Weber und St. Pauli.", "Nov. Ende."]
    ),
    // Words and numbers before one space, two spaces, a tab, a space and a line break, a line
    // break alone: only the line breaks end the sentence.
    (
      "Kiew meldet 12  Tote\tam Morgen \nKyiv 2024\nJerewan",
      ["Kiew meldet 12  Tote\tam Morgen", "Kyiv 2024", "Jerewan"]
    ),
  ])
  func sentenceSplitting(text: String, expected: [String]) {
    #expect(sentences(text) == expected)
  }

  @Test func tokensKeepCompoundsNumbersAndPunctuation() {
    #expect(
      tokens("OVKS-Gipfel am 7.11.2023: 11.000 Soldaten, G7 und Côte d’Ivoire – „Kassym-Schomart“")
        == [
          "OVKS-Gipfel", "am", "7.11.2023", ":", "11.000", "Soldaten", ",", "G7", "und", "Côte",
          "d’Ivoire", "–", "„", "Kassym-Schomart", "“",
        ])
  }

  @Test func noBreakSpaceSeparatesTokens() {
    #expect(tokens("27.\u{00A0}Nov") == ["27", ".", "Nov"])
  }

  @Test func sentenceIndexFindsContainingSentence() {
    let text = Array("Eins zwei. Drei vier.".utf8)
    let segmented = segmenter.segment(text)
    #expect(segmented.sentenceIndex(containing: 0) == 0)
    #expect(segmented.sentenceIndex(containing: 9) == 0)
    #expect(segmented.sentenceIndex(containing: 11) == 1)
  }

  /// Walking on from the last answer gives what the search gives, for offsets in text order and
  /// for one that goes back, before the first sentence's end and past the last one's.
  @Test func sentenceIndexFromAHintAgreesWithTheSearch() {
    let text = Array("Eins. Zwei drei. Vier!\nFünf sechs. Sieben.".utf8)
    let segmented = segmenter.segment(text)
    #expect(segmented.sentences.count == 5)
    var hint = 0
    for offset in 0...text.count + 3 {
      hint = segmented.sentenceIndex(containing: offset, from: hint)
      #expect(hint == segmented.sentenceIndex(containing: offset), "offset \(offset)")
    }
    #expect(segmented.sentenceIndex(containing: 2, from: 3) == 0)
    #expect(segmented.sentenceIndex(containing: 7, from: -1) == 1)
    #expect(segmented.sentenceIndex(containing: 7, from: 99) == 1)
    let empty = segmenter.segment([])
    #expect(empty.sentenceIndex(containing: 4, from: 0) == 0)
  }
}
