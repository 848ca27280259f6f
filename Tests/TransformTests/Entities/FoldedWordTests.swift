import Testing

@testable import Transform

@Suite struct FoldedWordTests {
  @Test(
    "acronyms are capitals of ASCII or Latin-1, at least two",
    arguments: [
      ("NATO", true), ("ÖVP", true), ("SPÖ", true), ("ÄÖÜ", true), ("G7", false), ("G20", false),
      ("US-", true), ("A", false), ("Ö", false), ("ÖVp", false), ("ÖvP", false), ("Nato", false),
      ("ÉTAT", true), ("A×B", false), ("ФСБ", false), ("", false),
    ])
  func acronym(spelling: String, expected: Bool) {
    #expect(FoldedWord.isAcronym(ArraySlice(spelling.utf8)) == expected)
  }

  @Test func foldingLowersASCIIAndLatin1CapitalsOnly() {
    #expect(FoldedWord.fold("ÖVP-Chef Über×") == Array("övp-chef über×".utf8))
  }
}
