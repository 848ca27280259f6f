import Testing

@testable import Extract

@Suite struct TextDecoderTests {
  private func decoded(_ bytes: [UInt8]) throws -> DecodedText {
    try TextDecoder.decode(bytes).get()
  }

  @Test func plainUTF8IsKeptByteForByte() throws {
    let bytes = Array("Grüße aus Jerewan\r\nzweite Zeile".utf8)
    let text = try decoded(bytes)
    #expect(text == DecodedText(utf8: bytes, encoding: .utf8))
  }

  @Test func utf8ByteOrderMarkIsStripped() throws {
    let text = try decoded([0xEF, 0xBB, 0xBF] + Array("Kiew".utf8))
    #expect(text == DecodedText(utf8: Array("Kiew".utf8), encoding: .utf8WithBOM))
  }

  @Test func utf16LittleAndBigEndian() throws {
    let word = "Ärger 𝄞"
    let units = Array(word.utf16)
    let little: [UInt8] =
      [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] =
      [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(try decoded(little) == DecodedText(utf8: Array(word.utf8), encoding: .utf16))
    #expect(try decoded(big) == DecodedText(utf8: Array(word.utf8), encoding: .utf16))
  }

  @Test func unpairedSurrogateInUTF16IsAnError() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
    #expect(throws: TextDecodingError.invalidUTF16(byteOffset: 4)) {
      try TextDecoder.decode(bytes).get()
    }
  }

  @Test func latin1FallsBackToWindows1252() throws {
    // "Grüße – „Kiew“" in Windows-1252: ü=FC, ß=DF, en dash=96, „=84, “=93.
    let bytes: [UInt8] = [
      0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0x96, 0x20, 0x84, 0x4B, 0x69, 0x65, 0x77, 0x93,
    ]
    let text = try decoded(bytes)
    #expect(String(decoding: text.utf8, as: UTF8.self) == "Grüße – „Kiew“")
    #expect(text.encoding == .windows1252)
    #expect(text.warnings == ["not valid UTF-8 (byte 0xFC at offset 2); decoded as Windows-1252"])
  }

  @Test(arguments: [
    ([0xC0, 0x80] as [UInt8], 0),  // overlong NUL
    ([0x41, 0xED, 0xA0, 0x80], 1),  // encoded surrogate
    ([0x41, 0x42, 0xF4, 0x90, 0x80, 0x80], 2),  // above U+10FFFF
    ([0x41, 0xE2, 0x82], 1),  // truncated at the end
  ])
  func strictValidation(bytes: [UInt8], offset: Int) {
    #expect(UTF8Validator.firstInvalidOffset(in: bytes) == offset)
  }

  /// Invalid bytes after runs of ASCII that the validator skips eight bytes at a time.
  @Test func invalidBytesAfterLongASCIIRuns() {
    let eight = Array("abcdefgh".utf8)
    let cases: [(bytes: [UInt8], offset: Int)] = [
      (eight + [0xFC], 8),
      (eight + [0x61, 0xFC] + eight, 9),
      (eight + Array("abcdefg".utf8) + [0xC3] + eight, 15),  // a lead byte without its pair
      (eight + [0xC3, 0xBC] + eight + eight + [0x80], 26),
    ]
    for (bytes, offset) in cases {
      #expect(UTF8Validator.firstInvalidOffset(in: bytes) == offset)
    }
  }

  @Test func validTextOfAnyLengthHasNoInvalidOffset() {
    let text = Array("Grüße aus Jerewan – „Kiew“ und Tiflis, am 27. Nov 2024.".utf8)
    for length in 0...text.count {
      let prefix = Array(text.prefix(length))
      // A prefix that cuts a character in two ends invalid at the cut, never earlier.
      if let offset = UTF8Validator.firstInvalidOffset(in: prefix) {
        #expect(String(validating: prefix[..<offset], as: UTF8.self) != nil)
        #expect(String(validating: prefix, as: UTF8.self) == nil)
      } else {
        #expect(String(validating: prefix, as: UTF8.self) != nil)
      }
    }
  }

  @Test func binarySignaturesAreRefused() {
    let pdf = Array("%PDF-1.7\n".utf8) + [UInt8](repeating: 0x41, count: 100)
    #expect(throws: TextDecodingError.binary("PDF signature")) { try TextDecoder.decode(pdf).get() }
  }

  @Test func mostlyControlBytesAreBinary() {
    let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 % 7) }
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(bytes).get() }
  }

  @Test func strayNulBytesAreKeptWithAWarning() throws {
    let bytes = Array("Moskau".utf8) + [0] + Array(" meldet".utf8)
    let text = try decoded(bytes)
    #expect(text.utf8 == bytes)
    #expect(text.warnings == ["1 NUL byte(s) kept in the text"])
  }
}
