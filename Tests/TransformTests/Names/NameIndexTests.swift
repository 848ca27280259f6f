import Testing

@testable import Transform

/// `NameIndex` finds forms by bytes where that is `String` equality, and by `String` elsewhere.
@Suite struct NameIndexTests {
  /// Whether `text` passes `NameIndex.isComposed`.
  private func composed(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer(NameIndex.isComposed)
  }

  @Test func composedFormsAreTheBlocksWithoutCombiningMarks() {
    #expect(composed("Putin"))
    #expect(composed("Paschinjan Ilham Əliyev Ştefan"))
    #expect(composed("Пашинян Україна"))
    #expect(composed("Hà Nội"))
    #expect(composed("Côte d’Ivoire – Nord"))
    #expect(composed(""))
    #expect(!composed("Co\u{0302}te"))  // a combining circumflex
    #expect(!composed("Пу\u{0483}тин"))  // a Cyrillic combining titlo
    #expect(!composed("Αθήνα"))  // Greek: not among the blocks
    #expect(!composed("a\u{2000}b"))  // U+2000 is canonically U+2002
    #expect(!composed("서울"))
    #expect(!Array([0x41, 0xC3]).withUnsafeBufferPointer(NameIndex.isComposed))  // cut short
    #expect(!Array([0xE2, 0x80]).withUnsafeBufferPointer(NameIndex.isComposed))
  }

  @Test(
    "composed ranges end where documented",
    arguments: [
      (0x02FF, true), (0x0300, false), (0x036F, false), (0x03A9, false), (0x0400, true),
      (0x047F, true), (0x0480, false), (0x0489, false), (0x048A, true), (0x04FF, true),
      (0x0500, false), (0x1DFF, false), (0x1E00, true), (0x1EFF, true), (0x1F00, false),
      (0x2001, false), (0x2002, true), (0x207F, true), (0x2080, false),
    ])
  func composedRangeEdges(scalar: UInt32, expected: Bool) {
    #expect(composed("a" + String(Character(Unicode.Scalar(scalar)!))) == expected)
  }

  @Test func entriesAreFoundByTheirFormsAscendingAndDistinct() {
    var index = NameIndex()
    index.add(3, under: "Jerewan")
    index.add(3, under: "Jerewan")
    index.add(7, under: "Jerewan")
    index.add(5, under: "Eriwan")
    #expect(index.entries(of: "Jerewan") == [3, 7])
    #expect(index.entries(of: "Eriwan") == [5])
    #expect(index.entries(of: "Jerewa") == nil)
    #expect(index.entries(of: "jerewan") == nil)
  }

  @Test func canonicallyEqualSpellingsMatchAsStringsDo() {
    let composedForm = "Côte d’Ivoire"
    let decomposedForm = "Co\u{0302}te d’Ivoire"
    #expect(
      composedForm == decomposedForm && Array(composedForm.utf8) != Array(decomposedForm.utf8))
    var plain = NameIndex()
    plain.add(1, under: composedForm)
    #expect(plain.entries(of: decomposedForm) == [1])
    #expect(plain.entries(of: composedForm) == [1])
    var decomposed = NameIndex()
    decomposed.add(2, under: decomposedForm)
    #expect(decomposed.entries(of: composedForm) == [2])
    #expect(decomposed.entries(of: decomposedForm) == [2])
  }

  /// Entries under spellings that are equal as strings but not byte by byte are found together
  /// by either, ascending, whether or not the index was finished.
  @Test(arguments: [false, true]) func canonicallyEqualFormsShareTheirEntries(finished: Bool) {
    let composedForm = "Tiflis Çay"
    let decomposedForm = "Tiflis C\u{0327}ay"
    var index = NameIndex()
    index.add(2, under: decomposedForm)
    index.add(4, under: composedForm)
    index.add(4, under: decomposedForm)
    index.add(6, under: composedForm)
    index.add(9, under: decomposedForm)
    if finished { index.finishAdding() }
    #expect(index.entries(of: composedForm) == [2, 4, 6, 9])
    #expect(index.entries(of: decomposedForm) == [2, 4, 6, 9])
    #expect(index.entries(of: "Tiflis") == nil)
  }
}
