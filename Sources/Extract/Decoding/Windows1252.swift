/// Windows-1252 to UTF-8. Bytes 0x80–0x9F map to the code page's letters and signs (`€`, `„`, `“`);
/// the five bytes the code page leaves undefined map to the C1 control of the same value, as the
/// WHATWG Encoding Standard does.
package enum Windows1252 {
  /// The Unicode scalar for each byte 0x80–0x9F.
  private static let high: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Transcodes Windows-1252 bytes to UTF-8 bytes.
  /// - Complexity: O(n) in the number of bytes.
  package static func transcode(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        out.append(byte)
        continue
      }
      let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
      UTF8Appender.append(scalar, to: &out)
    }
    return out
  }
}
