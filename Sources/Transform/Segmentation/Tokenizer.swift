/// The token scanner behind `Segmenter`.
package enum Tokenizer {
  /// All tokens of `text`; see `Segmenter` for the rules.
  /// - Complexity: O(n) in the number of bytes.
  package static func tokens(in text: [UInt8]) -> [Token] {
    text.withUnsafeBufferPointer { tokens(in: $0) }
  }

  /// `tokens(in:)` over the bytes held once, so the scans index them without bounds checks.
  private static func tokens(in text: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.count / 5)
    var index = 0
    let count = text.count
    while index < count {
      let byte = text[index]
      if CharacterClass.isSpace(byte) {
        index += 1
        continue
      }
      let (value, length) = CharacterClass.scalar(in: text, at: index)
      if byte >= 0x80 && CharacterClass.isSpaceScalar(value) {
        index += length
        continue
      }
      if CharacterClass.isDigit(byte) {
        let end = scanNumber(text, from: index)
        if end < count, isWordStart(text, end) {
          // Digits glued to letters are a word: `G7` starts with a letter, `5G`, `2024er`.
          let wordEnd = scanWord(text, from: index)
          tokens.append(Token(start: index, end: wordEnd, kind: .word))
          index = wordEnd
        } else {
          tokens.append(Token(start: index, end: end, kind: .number))
          index = end
        }
        continue
      }
      if isWordStart(text, index) {
        let end = scanWord(text, from: index)
        tokens.append(Token(start: index, end: end, kind: .word))
        index = end
        continue
      }
      tokens.append(Token(start: index, end: index + length, kind: .punctuation))
      index += length
    }
    return tokens
  }

  /// Whether a word character starts at `index`.
  @inline(__always)
  static func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = text[index]
    if byte < 0x80 { return CharacterClass.isASCIILetter(byte) }
    let (value, _) = CharacterClass.scalar(in: text, at: index)
    return CharacterClass.isWordScalar(value)
  }

  /// The end of the word that starts at `start`: letters and digits, joined by one inner hyphen
  /// or apostrophe when a letter or digit follows.
  static func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = text.count
    while index < count {
      // ASCII letters and digits eight at a time; then the byte that ended them.
      index = CharacterClass.endOfASCIILetters(in: text, from: index, digits: true)
      guard index < count else { break }
      let byte = text[index]
      if byte >= 0x80 {
        let (value, length) = CharacterClass.scalar(in: text, at: index)
        if CharacterClass.isWordScalar(value) {
          index += length
          continue
        }
        // A right single quote used as an apostrophe: `d’Ivoire`.
        if value == 0x2019, index + length < count, isWordStart(text, index + length) {
          index += length
          continue
        }
        break
      }
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'"), index + 1 < count,
        isWordStart(text, index + 1) || CharacterClass.isDigit(text[index + 1])
      {
        index += 1
        continue
      }
      break
    }
    return index
  }

  /// The end of the number that starts at `start`: digits joined by single `.` or `,` between
  /// digits.
  static func scanNumber(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = text.count
    while index < count {
      if CharacterClass.isDigit(text[index]) {
        index += 1
        continue
      }
      if text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ","), index + 1 < count,
        CharacterClass.isDigit(text[index + 1])
      {
        index += 1
        continue
      }
      break
    }
    return index
  }
}
