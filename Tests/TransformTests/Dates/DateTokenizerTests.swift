import Testing

@testable import Transform

/// The date tokenizer on bytes that are not whole characters: it must always move on.
@Suite struct DateTokenizerTests {
  @Test(arguments: [[0xE2, 0x80], [0xE2], [0xC3], [0xF0, 0x9F, 0x98]] as [[UInt8]])
  func aCutOffCharacterAtTheEndIsSkipped(_ tail: [UInt8]) {
    let text = Array("Am 3. Mai 2024 ".utf8) + tail
    let tokens = text.withUnsafeBufferPointer { DateTokenizer.tokens($0) }
    // The tail is skipped or kept as one word token of its own, never scanned forever.
    #expect(tokens.prefix(5).map(\.start) == [0, 3, 4, 6, 10])
    #expect(
      tokens.count <= 6 && tokens.dropFirst(5).allSatisfy { $0.start == 15 && $0.end <= text.count }
    )
    let dates = DateTagger().tag(text, documentDate: nil)
    #expect(dates.map(\.value) == ["2024-05-03"])
  }

  @Test func aCutOffCharacterInsideTheTextIsSkipped() {
    let text = Array("Mai".utf8) + [0xE2, 0x80] + Array(" 2024".utf8)
    let tokens = text.withUnsafeBufferPointer { DateTokenizer.tokens($0) }
    #expect(tokens.map(\.end) == [3, 10])
  }
}
