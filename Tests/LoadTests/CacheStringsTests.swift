import Testing

@testable import Load

/// The compact pieces of the analysis cache format: varints and strings written once.
@Suite struct CacheStringsTests {
  @Test(arguments: [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 40, Int.max])
  func varintsRoundTrip(_ value: Int) throws {
    var encoder = CacheEncoder()
    encoder.varint(value)
    #expect(encoder.bytes.count == max(1, (64 - value.leadingZeroBitCount + 6) / 7))
    var decoder = CacheDecoder(encoder.bytes)
    #expect(try decoder.varint() == value)
    #expect(decoder.offset == encoder.bytes.count)
  }

  @Test func eachStringIsWrittenOnceAndCanonicalTwinsStayApart() throws {
    // `Müller` precomposed and decomposed are equal as `String`s but must come back as written.
    let texts = ["PER", "Müller", "PER", "Mu\u{308}ller", "", "Müller", "Кремль", ""]
    var strings = CacheStrings()
    var encoder = CacheEncoder()
    for text in texts { strings.write(text, into: &encoder) }
    // New strings: tag, length, bytes; repeats: one byte each.
    let newBytes = ["PER", "Müller", "Mu\u{308}ller", "", "Кремль"].map { 2 + $0.utf8.count }
    #expect(encoder.bytes.count == newBytes.reduce(0, +) + 3)
    var reading = CacheStrings()
    var decoder = CacheDecoder(encoder.bytes)
    let read = try texts.map { _ in try reading.read(from: &decoder) }
    #expect(read.map { Array($0.utf8) } == texts.map { Array($0.utf8) })
  }

  @Test(arguments: [[5], [0, 9, 0x41], [0x80], [0, 0x80]] as [[UInt8]])
  func damagedBytesAreCorrupt(_ bytes: [UInt8]) {
    var strings = CacheStrings()
    var decoder = CacheDecoder(bytes)
    #expect(throws: CacheDecoder.Corrupt.self) { try strings.read(from: &decoder) }
  }
}
