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

@Suite struct UTF8OrderSortingTests {
  /// Prefixes order as the bytes do where they differ, and tie on a shared eight-byte start.
  @Test(arguments: [
    ("Wladimir Putin", "Wladimir Putins", 0),  // the same first eight bytes
    ("ab", "abc", -1),
    ("ab", "ab\u{0}", 0),  // zero padding and a real NUL tie: compare decides
    ("Z", "a", -1),
    ("z", "Ärger", -1),
    ("", "a", -1),
  ])
  func prefixOrdersOrTies(first: String, second: String, order: Int) {
    let a = Array(first.utf8).withUnsafeBufferPointer { UTF8Order.sortingPrefix($0) }
    let b = Array(second.utf8).withUnsafeBufferPointer { UTF8Order.sortingPrefix($0) }
    #expect((a < b ? -1 : a > b ? 1 : 0) == order)
  }

  @Test func compareIsSignedByteOrder() {
    #expect(UTF8Order.compare("ab", "abc") < 0)
    #expect(UTF8Order.compare("abd", "abc") > 0)
    #expect(UTF8Order.compare("same", "same") == 0)
    #expect(UTF8Order.compare("ab", "ab\u{0}") < 0)
  }

  /// Texts alike in their first eight or sixteen bytes, or up to a NUL, or one a prefix of the
  /// other, sort as their bytes do, equal texts by position.
  @Test func sortedPositionsOrderTextsThatShareLongPrefixes() {
    let texts = [
      "x_sergei_ivanov_petrov", "x_sergei_ivanov_petrova", "x_sergei_ivanov_", "x_sergei_ivanov",
      "x_sergei", "x_sergeh_zzz", "x_sergei_ivanov_petrov", "x_sergei_ivanov_\u{0}",
      "x_sergei_ivanov_\u{0}a", "x_sergei_ivanov_petrow", "x_sergei\u{0}", "x_serge",
    ]
    let positions = UTF8Order.sortedPositions(texts)
    let expected = Array(texts.indices).sorted {
      let (a, b) = (Array(texts[$0].utf8), Array(texts[$1].utf8))
      return a != b ? a.lexicographicallyPrecedes(b) : $0 < $1
    }
    #expect(positions == expected)
    #expect(
      positions.map { texts[$0] }.prefix(4) == [
        "x_serge", "x_sergeh_zzz", "x_sergei", "x_sergei\u{0}",
      ])
    #expect(positions.filter { texts[$0] == "x_sergei_ivanov_petrov" } == [0, 6])
  }

  /// The same order as sorting with `precedes`, equal texts keeping their positions.
  @Test func sortedPositionsMatchSortingByBytes() {
    let texts = [
      "x_koi_boryaev", "sergey_lavrov", "Wladimir Putins", "Wladimir Putin", "ab\u{0}", "ab",
      "Ärger", "Zürich", "", "sergey_lavrov", "x_koi_borya", "a\u{0308}", "\u{00E4}",
    ]
    let positions = UTF8Order.sortedPositions(texts)
    #expect(
      positions.map { texts[$0] } == [
        "", "Wladimir Putin", "Wladimir Putins", "Zürich", "ab", "ab\u{0}", "a\u{0308}",
        "sergey_lavrov", "sergey_lavrov", "x_koi_borya", "x_koi_boryaev", "Ärger", "\u{00E4}",
      ])
    #expect(positions.filter { texts[$0] == "sergey_lavrov" } == [1, 9])
    #expect(
      positions
        == Array(texts.indices).sorted {
          let order = UTF8Order.compare(texts[$0], texts[$1])
          return order != 0 ? order < 0 : $0 < $1
        })
  }

  /// Texts appended one after the other: their bytes in one buffer, each ending where the
  /// next starts, empty texts included; sorted as the same texts in an array are.
  @Test func concatenatedTextsHoldEveryTextsBytesInOrder() {
    let texts = ["Kiew", "", "Jerewan", "ab\u{0}", "Ärger", ""]
    var concatenated = ConcatenatedTexts(byteCapacity: 4, count: 1)
    for text in texts { concatenated.append(text) }
    #expect(concatenated.count == 6)
    #expect(concatenated.bytes == Array(texts.joined().utf8))
    #expect(concatenated.ends == [4, 4, 11, 14, 20, 20])
    #expect(UTF8Order.sortedPositions(concatenated) == [1, 5, 2, 0, 3, 4])
    #expect(UTF8Order.sortedPositions(concatenated) == UTF8Order.sortedPositions(texts))
    #expect(UTF8Order.sortedPositions(ConcatenatedTexts()).isEmpty)
  }

  /// Equal texts in the order a second key gives their positions, unequal ones by their bytes.
  @Test func sortedPositionsOrderEqualTextsBySecondKey() {
    let texts = ["Kiew", "Jerewan", "Kiew", "Kiew", "", "Jerewan"]
    let ids = ["kyiv_b", "yerevan", "kyiv_c", "kyiv_a", "none", "armenia"]
    var concatenated = ConcatenatedTexts()
    for text in texts { concatenated.append(text) }
    let positions = UTF8Order.sortedPositions(concatenated) {
      UTF8Order.precedes(ids[$0], ids[$1])
    }
    #expect(positions == [4, 5, 1, 3, 0, 2])
    #expect(UTF8Order.sortedPositions(concatenated) { $0 > $1 } == [4, 5, 1, 3, 2, 0])
  }
}
