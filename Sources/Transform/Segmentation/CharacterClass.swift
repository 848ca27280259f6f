/// Byte and scalar classes for tokenizing German text in UTF-8.
package enum CharacterClass {
  /// Whether an ASCII byte is a letter.
  @inline(__always)
  package static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  /// Whether an ASCII byte is a digit.
  @inline(__always)
  package static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// Whether a byte is ASCII white space.
  @inline(__always)
  package static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
  }

  /// Decodes the scalar that starts at `index` (valid UTF-8 assumed) and its length in bytes.
  @inline(__always)
  package static func scalar<Bytes: RandomAccessCollection<UInt8>>(in text: Bytes, at index: Int)
    -> (value: UInt32, length: Int) where Bytes.Index == Int
  {
    let b0 = UInt32(text[index])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0, index + 1 < text.count {
      return ((b0 & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), 2)
    }
    if b0 < 0xF0, index + 2 < text.count {
      return (
        (b0 & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F), 3
      )
    }
    if index + 3 < text.count {
      let value =
        (b0 & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12 | UInt32(text[index + 2] & 0x3F)
        << 6
        | UInt32(text[index + 3] & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }

  /// Whether a non-ASCII scalar is part of a word (letters and combining marks).
  package static func isWordScalar(_ value: UInt32) -> Bool {
    // Latin-1 letters (`ä ö ü ß é`), the usual case, without a Unicode property lookup.
    if value >= 0xC0 && value <= 0xFF { return value != 0xD7 && value != 0xF7 }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }

  /// Whether a non-ASCII scalar is white space (no-break space, thin space, …).
  package static func isSpaceScalar(_ value: UInt32) -> Bool {
    if value > 0xA0 && value < 0x1680 { return false }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isWhitespace
  }

  /// Whether the word that starts at `index` starts with an uppercase letter.
  package static func startsUppercase(_ text: [UInt8], at index: Int) -> Bool {
    let byte = text[index]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    let (value, _) = scalar(in: text, at: index)
    return Unicode.Scalar(value)?.properties.isUppercase ?? false
  }
}
