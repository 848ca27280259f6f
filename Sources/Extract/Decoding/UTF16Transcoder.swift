/// UTF-16 with a byte order mark to UTF-8.
package enum UTF16Transcoder {
  /// Transcodes `bytes`, which start with `FF FE` (little endian) or `FE FF` (big endian).
  /// The mark itself is dropped.
  /// - Complexity: O(n) in the number of bytes.
  package static func transcode(_ bytes: [UInt8]) -> Result<[UInt8], TextDecodingError> {
    let littleEndian = bytes[0] == 0xFF
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 2
    func unit(at offset: Int) -> UInt32 {
      littleEndian
        ? UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
        : UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
    }
    while i + 1 < bytes.count {
      let first = unit(at: i)
      if first < 0xD800 || first > 0xDFFF {
        UTF8Appender.append(first, to: &out)
        i += 2
        continue
      }
      guard first < 0xDC00, i + 3 < bytes.count else {
        return .failure(.invalidUTF16(byteOffset: i))
      }
      let second = unit(at: i + 2)
      guard (0xDC00...0xDFFF).contains(second) else {
        return .failure(.invalidUTF16(byteOffset: i))
      }
      UTF8Appender.append(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), to: &out)
      i += 4
    }
    if i < bytes.count { return .failure(.invalidUTF16(byteOffset: i)) }
    return .success(out)
  }
}
