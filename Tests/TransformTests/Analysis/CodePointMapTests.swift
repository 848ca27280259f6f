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

  /// The sweep order: one ascending run as it is, two ascending runs merged, anything else
  /// sorted; always the positions by ascending offset.
  @Test(arguments: [
    ([Int](), [Int]()),
    ([3, 5, 5, 9], [0, 1, 2, 3]),
    ([3, 5, 8, 12, 1, 4, 8, 20], [4, 0, 5, 1, 2, 6, 3, 7]),
    ([7, 2, 9, 1], [3, 1, 0, 2]),
    ([5, 6, 1, 2, 0], [4, 2, 3, 0, 1]),
  ])
  func sweepOrder(offsets: [Int], expected: [Int]) {
    let order = CodePointMap.ascendingOrder(of: offsets)
    #expect(order.map { offsets[$0] } == offsets.sorted())
    #expect(order == expected)
  }

  /// Mentions then dates, each ascending: every offset maps as a sort would map it.
  @Test func twoRunsMapLikeASort() {
    let text = Array("Am 27. Nov traf Paschinjan in Jerewan Tokajew, danach Lawrow.".utf8)
    let mentions = [16, 26, 30, 37, 38, 45, 54, 60]
    let dates = [0, 10, 16, 20]
    let offsets = mentions + dates
    let sortedOrder = offsets.indices.sorted { offsets[$0] < offsets[$1] }
    #expect(
      CodePointMap.ascendingOrder(of: offsets).map { offsets[$0] }
        == sortedOrder.map { offsets[$0] })
    #expect(CodePointMap.codePointOffsets(of: offsets, in: text) == offsets)
  }
}
