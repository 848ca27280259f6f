import Testing

@testable import Transform

@Suite struct CharacterClassTests {
  /// The end of the ASCII letter (and digit) run, one byte at a time: what the eight-byte steps
  /// must agree with.
  private static func referenceEnd(_ bytes: [UInt8], from start: Int, digits: Bool) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      let letter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      guard letter || (digits && (0x30...0x39).contains(byte)) else { break }
      index += 1
    }
    return index
  }

  /// Every byte value, placed after runs of 0 to 20 letters and digits, ends the run exactly
  /// where the byte-by-byte scan ends it, with and without digits counting.
  @Test func runsEndAtTheFirstOtherByte() {
    let letters = Array("aZ9bY0cXmMzA".utf8)
    for stop in 0...255 {
      for length in 0...20 {
        var bytes = (0..<length).map { letters[$0 % letters.count] }
        bytes.append(UInt8(stop))
        bytes += Array("Rest der Zeile".utf8)
        for digits in [false, true] {
          for start in [0, min(3, length)] {
            let expected = Self.referenceEnd(bytes, from: start, digits: digits)
            let found = bytes.withUnsafeBufferPointer {
              CharacterClass.endOfASCIILetters(in: $0, from: start, digits: digits)
            }
            #expect(found == expected, "stop \(stop), length \(length), digits \(digits)")
          }
        }
      }
    }
  }

  /// A run reaching the end of the text ends there, whatever its length.
  @Test func runsEndAtTheEndOfTheText() {
    for length in 0...40 {
      let bytes = [UInt8](repeating: UInt8(ascii: "k"), count: length)
      let found = bytes.withUnsafeBufferPointer {
        CharacterClass.endOfASCIILetters(in: $0, from: 0, digits: false)
      }
      #expect(found == length)
    }
  }

  /// The mask marks exactly the ASCII letters and digits among all 256 byte values.
  @Test func maskClassifiesEveryByte() {
    for value in 0...255 {
      let word = UInt64(value) * 0x0101_0101_0101_0101
      let letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      let digit = (0x30...0x39).contains(value)
      #expect(
        CharacterClass.asciiLetterMask(word, digits: false) == (letter ? 0x8080_8080_8080_8080 : 0),
        "\(value)")
      #expect(
        CharacterClass.asciiLetterMask(word, digits: true)
          == (letter || digit ? 0x8080_8080_8080_8080 : 0), "\(value)")
    }
  }
}
