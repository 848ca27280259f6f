import Testing

@testable import Extract

@Suite struct BinarySnifferTests {
  /// Control bytes other than tab, line feed, form feed, carriage return and escape, counted
  /// one byte at a time: what the sniffer's eight-byte steps must agree with.
  private static func referenceCount(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
  }

  /// Text with `count` control bytes of every kind spread at positions of every remainder
  /// modulo 8, in a sample of every length from 1 to 100 bytes.
  @Test func countsControlBytesAtEveryPosition() {
    let text = Array(
      "Jerewan, 27. November: Die Delegation traf Paschinjan im Präsidentenpalast.".utf8)
    for length in 1...100 {
      for stride in [1, 3, 7, 9] {
        var bytes = (0..<length).map { text[$0 % text.count] }
        for position in Swift.stride(from: stride - 1, to: length, by: stride) {
          bytes[position] = UInt8(truncatingIfNeeded: position % 32)
        }
        let expected = Self.referenceCount(bytes[...])
        let verdict = BinarySniffer.binaryFormat(of: bytes)
        if expected * 10 > length {
          #expect(
            verdict == "\(expected) control bytes in the first \(length)",
            "length \(length), stride \(stride)")
        } else {
          #expect(verdict == nil, "length \(length), stride \(stride)")
        }
      }
    }
  }

  /// Only the first 8 KiB count: control bytes after them do not make a file binary.
  @Test func looksOnlyAtTheFirstWindow() {
    var bytes = [UInt8](repeating: 0x61, count: 20_000)
    for index in 8192..<20_000 { bytes[index] = 0x00 }
    #expect(BinarySniffer.binaryFormat(of: bytes) == nil)
    for index in 7000..<8192 { bytes[index] = 0x01 }
    #expect(BinarySniffer.binaryFormat(of: bytes) == "1192 control bytes in the first 8192")
  }

  /// Bytes from 0x20 up, including every byte with the high bit set, are never control bytes.
  @Test func highBytesAreNotControlBytes() {
    let bytes = (0..<8192).map { UInt8(0x20 + $0 % 0xE0) }
    #expect(BinarySniffer.binaryFormat(of: bytes) == nil)
  }
}
