/// Formatting one value into both forms of a row at once, CSV and JSON Lines, reading a text's
/// bytes once and formatting a number once where the two spell it alike; what
/// `DocumentFormatter` and `TableRow` write their rows with.
enum BothForms {
  /// Appends text value number `column` of a row to its CSV and its JSONL form, and moves on.
  /// - Complexity: O(length of the value).
  @inline(__always)
  static func appendText(
    _ value: String, column: inout Int, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    if column > 0 { csv.append(ASCII.comma) }
    formatter.appendKey(column, to: &json)
    // Through the UTF-8 view, which lends a native string's bytes without the copy (a retain
    // and a release) that the mutating `withUTF8` needs (see `CacheStrings.write`).
    let appended: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
      appendText(bytes, csv: &csv, json: &json)
    }
    if appended == nil {
      var value = value
      value.withUTF8 { appendText($0, csv: &csv, json: &json) }
    }
    column += 1
  }

  /// Appends the UTF-8 `bytes` of a text value to both forms, quoted and escaped as each needs.
  /// - Complexity: O(n) in `bytes.count`.
  @inline(__always)
  private static func appendText(
    _ bytes: UnsafeBufferPointer<UInt8>, csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    if isPlain(bytes) {
      // Neither form quotes or escapes anything: the same bytes go to both.
      csv.append(bytes)
      json.append(ASCII.quote)
      json.append(bytes)
      json.append(ASCII.quote)
    } else {
      CSVRowFormatter.appendField(bytes: bytes, to: &csv)
      JSONLineFormatter.appendString(bytes: bytes, to: &json)
    }
  }

  /// Whether `bytes` hold nothing a CSV field quotes (`"` `,` CR LF) or a JSON string escapes
  /// (`"` `\` and the control characters below U+0020): the usual case.
  /// - Complexity: O(n) in `bytes.count`.
  @inline(__always)
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    if let base = bytes.baseAddress {
      // Eight bytes at a time while none is at most `,` (0x2C) or a backslash (0x5C); the
      // first word that has one is looked at byte by byte below.
      let raw = UnsafeRawPointer(base)
      let high: UInt64 = 0x8080_8080_8080_8080
      while start + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
        let belowMinus = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & high
        let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let hasBackslash = (backslash &- 0x0101_0101_0101_0101) & ~backslash & high
        if belowMinus | hasBackslash != 0 { break }
        start += 8
      }
    }
    for byte in bytes[start...] where byte <= ASCII.comma || byte == ASCII.backslash {
      if byte < ASCII.space || byte == ASCII.quote || byte == ASCII.comma
        || byte == ASCII.backslash
      {
        return false
      }
    }
    return true
  }

  /// Appends whole-number value number `column` (never the first) to both forms, and moves on.
  /// - Complexity: O(number of digits).
  @inline(__always)
  static func appendInteger(
    _ value: Int, column: inout Int, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    csv.append(ASCII.comma)
    formatter.appendKey(column, to: &json)
    // Both forms spell an integer alike: format it once.
    let start = csv.count
    CSVRowFormatter.appendInteger(value, to: &csv)
    csv.copyTail(from: start, to: &json)
    column += 1
  }

  /// Appends number value number `column` (never the first) to both forms, and moves on; a
  /// finite number is spelled alike in both, so it is formatted once.
  /// - Complexity: O(1).
  @inline(__always)
  static func appendNumber(
    _ value: Double, column: inout Int, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    csv.append(ASCII.comma)
    formatter.appendKey(column, to: &json)
    let start = csv.count
    CSVRowFormatter.appendNumber(value, to: &csv)
    if value.isFinite {
      csv.copyTail(from: start, to: &json)
    } else {
      // CSV spells NaN and infinities, JSON has `null` for them.
      JSONLineFormatter.appendNumber(value, to: &json)
    }
    column += 1
  }
}
