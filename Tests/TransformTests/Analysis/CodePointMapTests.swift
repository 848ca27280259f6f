import Testing

@testable import Transform

/// Byte offsets to code-point offsets over one- to four-byte characters, in the order asked.
@Suite struct CodePointMapTests {
  @Test func countsCodePointsNotBytesInTheOrderAsked() {
    // A (1 byte) ß (2) € (3) 😀 (4) b (1): code points start at bytes 0, 1, 3, 6, 10, end 11.
    let text = Array("Aß€😀b".utf8)
    let offsets = [11, 6, 0, 3, 10, 1, 6]
    #expect(CodePointMap.codePointOffsets(of: offsets, in: text) == [5, 3, 0, 2, 4, 1, 3])
  }

  @Test func noOffsetsGiveNoCodePoints() {
    #expect(CodePointMap.codePointOffsets(of: [], in: Array("Jerewan".utf8)).isEmpty)
  }

  @Test func offsetsPastTheEndCountTheWholeText() {
    #expect(CodePointMap.codePointOffsets(of: [20, 0], in: Array("Kyjiw ü".utf8)) == [7, 0])
  }

  /// Every character boundary of a long mixed text, asked for backwards, counted eight bytes at a
  /// time and byte by byte, agrees with the text's scalars.
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
    #expect(
      CodePointMap.codePointOffsets(of: boundaries.reversed(), in: bytes)
        == Array((0..<boundaries.count).reversed()))
  }
}
