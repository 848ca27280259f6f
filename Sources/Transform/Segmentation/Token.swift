/// One token of a document: a word, a number or a punctuation sign, by its UTF-8 byte range.
package struct Token: Sendable, Equatable {
  /// What kind of token this is.
  package enum Kind: UInt8, Sendable {
    /// Letters (and digits) with inner hyphens or apostrophes: `OVKS-Gipfel`, `d'Ivoire`, `G7`.
    case word
    /// Digits with inner `.` or `,` between digits: `2024`, `11.000`, `3,5`, `7.11.2023`.
    case number
    /// Any other single sign: `.`, `,`, `„`, `–`.
    case punctuation
  }

  /// The first byte of the token in the document's UTF-8 text.
  package var start: Int
  /// One past the last byte.
  package var end: Int
  /// The kind.
  package var kind: Kind

  /// Creates a token.
  package init(start: Int, end: Int, kind: Kind) {
    self.start = start
    self.end = end
    self.kind = kind
  }
}
