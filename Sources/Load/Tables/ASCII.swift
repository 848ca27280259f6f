/// Named ASCII bytes used by the CSV and JSON formatters.
enum ASCII {
  /// `"`
  static let quote: UInt8 = 0x22
  /// `,`
  static let comma: UInt8 = 0x2C
  /// Carriage return.
  static let cr: UInt8 = 0x0D
  /// Line feed.
  static let lf: UInt8 = 0x0A
  /// `\`
  static let backslash: UInt8 = 0x5C
  /// `:`
  static let colon: UInt8 = 0x3A
  /// `-`
  static let minus: UInt8 = 0x2D
  /// `.`
  static let period: UInt8 = 0x2E
  /// `0`
  static let zero: UInt8 = 0x30
  /// `{`
  static let openBrace: UInt8 = 0x7B
  /// `}`
  static let closeBrace: UInt8 = 0x7D
  /// Space.
  static let space: UInt8 = 0x20
  /// `u`
  static let u: UInt8 = 0x75
  /// Lower-case hexadecimal digits, `0`–`9a`–`f`.
  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
