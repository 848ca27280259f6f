import Testing

@testable import Transform

/// Byte offsets to code-point offsets over one- to four-byte characters.
@Suite struct CodePointMapTests {
  @Test func countsCodePointsNotBytes() {
    // A (1 byte) ß (2) € (3) 😀 (4) b (1): code points start at bytes 0, 1, 3, 6, 10, end 11.
    let text = Array("Aß€😀b".utf8)
    let map = CodePointMap(text: text, offsets: [11, 6, 0, 3, 10, 1, 6])
    #expect([0, 1, 3, 6, 10, 11].map { map[$0] } == [0, 1, 2, 3, 4, 5])
  }

  @Test func offsetsNotAskedForGiveZero() {
    let map = CodePointMap(text: Array("Jerewan".utf8), offsets: [2, 5])
    #expect(map[5] == 5)
    #expect(map[4] == 0)
    #expect(map[9] == 0)
  }

  @Test func offsetsPastTheEndCountTheWholeText() {
    let map = CodePointMap(text: Array("Kyjiw ü".utf8), offsets: [20])
    #expect(map[20] == 7)
  }

  /// Every character boundary of a long mixed text, counted eight bytes at a time and byte by
  /// byte, agrees with the text's scalars.
  @Test func longTextsCountLikeTheirScalars() {
    let text = "Paschinjan traf Tokajew in Jerewan – „Gespräche über die OVKS“ 😀 am 27. Nov."
    let bytes = Array(text.utf8)
    var boundaries: [Int] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      boundaries.append(offset)
      offset += String(scalar).utf8.count
    }
    boundaries.append(offset)
    let map = CodePointMap(text: bytes, offsets: boundaries)
    #expect(boundaries.map { map[$0] } == Array(0..<boundaries.count))
  }
}
