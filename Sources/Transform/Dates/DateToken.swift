/// A word, number or punctuation token of the date scanner, with byte offsets.
struct DateToken: Sendable {
  /// What the token is made of.
  enum Kind: UInt8, Sendable {
    case word, number, punct
  }

  /// Byte offset of the first byte.
  var start: Int
  /// Byte offset just past the last byte.
  var end: Int
  /// Word, number or punctuation.
  var kind: Kind
  /// Whether whitespace (or the text start) precedes the token.
  var spaceBefore: Bool
  /// Whether a line break (or the text start) precedes the token.
  var newlineBefore: Bool = false
  /// For words: whether the first letter is upper case.
  var capitalized: Bool = false
  /// For words: the calendar meaning, if any.
  var word: CalendarWord? = nil
  /// For numbers: the value (capped at 999,999,999).
  var number: Int = 0
  /// For numbers: the count of digits.
  var digits: Int = 0
  /// For punctuation: the ASCII byte, with dashes mapped to `-` and quotes to `"`.
  var symbol: UInt8 = 0

  /// Whether this is the punctuation `symbol`.
  @inline(__always) func isPunct(_ s: UInt8) -> Bool { kind == .punct && symbol == s }

  /// The marker this word is, if any.
  @inline(__always) var marker: DateMarker? {
    if case .marker(let m) = word { return m }
    return nil
  }
}
