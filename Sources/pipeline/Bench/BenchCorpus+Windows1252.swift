/// Writing an article in Windows-1252, the legacy encoding `TextDecoder` falls back to.
extension BenchCorpus {
  /// The Windows-1252 bytes of UTF-8 `text`, or `nil` when a character has no Windows-1252 byte.
  /// - Complexity: O(n) in the length of the text.
  static func windows1252(_ text: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      let value = scalar.value
      if value < 0x80 || (0xA0...0xFF).contains(value) {
        out.append(UInt8(value))
      } else if let byte = windows1252Specials[value] {
        out.append(byte)
      } else {
        return nil
      }
    }
    return out
  }

  /// The characters Windows-1252 puts at 0x80–0x9F that news text uses.
  private static let windows1252Specials: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x201E: 0x84, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92,
    0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
  ]
}
