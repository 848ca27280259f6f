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

  /// The end of the run of ASCII letters (and digits, when `digits` is set) that starts at
  /// `start`: `start` itself when the byte there is neither.
  ///
  /// Eight bytes are classified at a time, so a word costs one branch per eight bytes instead of
  /// one (mispredicted at its end) per byte.
  /// - Complexity: O(n) in the length of the run.
  @inline(__always)
  package static func endOfASCIILetters(
    in text: UnsafeBufferPointer<UInt8>, from start: Int, digits: Bool
  ) -> Int {
    var index = start
    let count = text.count
    let raw = UnsafeRawPointer(text.baseAddress!)
    while index &+ 8 <= count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let run = asciiLetterMask(word, digits: digits)
      guard run == 0x8080_8080_8080_8080 else {
        return index &+ (~run & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
      }
      index &+= 8
    }
    while index < count {
      let byte = text[index]
      guard (byte < 0x80 && isASCIILetter(byte)) || (digits && isDigit(byte)) else { break }
      index &+= 1
    }
    return index
  }

  /// The high bit of each byte of `word` that is an ASCII letter (or digit, when `digits` is
  /// set). Each byte is compared with its seven low bits only, so no sum carries into the next
  /// byte; bytes from 0x80 up are then masked out.
  @inline(__always)
  static func asciiLetterMask(_ word: UInt64, digits: Bool) -> UInt64 {
    let high: UInt64 = 0x8080_8080_8080_8080
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    let ascii = ~word & high
    // `b | 0x20` folds A–Z onto a–z; then a–z is 0x61 ≤ b < 0x7B.
    let folded = low | 0x2020_2020_2020_2020
    let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
    let belowBrace = ~(folded &+ 0x0505_0505_0505_0505)
    var mask = atLeastA & belowBrace
    if digits {
      // 0x30 ≤ b < 0x3A.
      mask |= (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
    }
    return mask & ascii & high
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
    text.withUnsafeBufferPointer { startsUppercase($0, at: index) }
  }

  /// `startsUppercase(_:at:)` over bytes held by the caller.
  package static func startsUppercase(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = text[index]
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    let (value, _) = scalar(in: text, at: index)
    return Unicode.Scalar(value)?.properties.isUppercase ?? false
  }
}
