/// Appends one Unicode scalar to a byte array as UTF-8.
package enum UTF8Appender {
  /// Appends `scalar` (assumed valid: not a surrogate, at most U+10FFFF) as 1–4 UTF-8 bytes.
  @inline(__always)
  package static func append(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case ..<0x80:
      out.append(UInt8(scalar))
    case ..<0x800:
      out.append(UInt8(0xC0 | (scalar >> 6)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    case ..<0x10000:
      out.append(UInt8(0xE0 | (scalar >> 12)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (scalar >> 18)))
      out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }
}
