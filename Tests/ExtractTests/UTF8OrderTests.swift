import Testing

@testable import Extract

@Suite struct UTF8OrderTests {
  @Test(arguments: [
    ("a.txt", "a/b.txt", true),  // `.` (0x2E) before `/` (0x2F), not folder first
    ("a/b.txt", "a.txt", false),
    ("Z.txt", "a.txt", true),  // uppercase before lowercase
    ("z.txt", "Ärger.txt", true),  // ASCII before the two bytes of Ä
    ("ab", "abc", true),  // a prefix first
    ("abc", "ab", false),
    ("", "a", true),
    ("same", "same", false),
  ])
  func ordersByBytes(first: String, second: String, precedes: Bool) {
    #expect(UTF8Order.precedes(first, second) == precedes)
  }

  @Test func tellsCanonicallyEqualSpellingsApart() {
    let composed = "\u{00E4}"
    let decomposed = "a\u{0308}"
    #expect(composed == decomposed)
    #expect(UTF8Order.precedes(decomposed, composed))
    #expect(!UTF8Order.precedes(composed, decomposed))
  }
}
