extension CacheEncoder {
  /// Appends a non-negative integer in LEB128 (7 bits a byte, low bits first); negative values
  /// are written as 0.
  @inline(__always)
  mutating func varint(_ value: Int) {
    var rest = UInt64(max(value, 0))
    while rest >= 0x80 {
      append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    append(UInt8(rest))
  }
}

extension CacheDecoder {
  /// Reads an integer written by `CacheEncoder.varint(_:)`.
  mutating func varint() throws(Corrupt) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 63 else { throw Corrupt() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return Int(value) }
      shift += 7
    }
  }
}
