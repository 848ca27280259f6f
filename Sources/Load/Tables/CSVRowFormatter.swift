/// Formats rows as RFC 4180 CSV bytes: `,` between fields, CRLF after each row, and a field
/// quoted only if it contains `"`, `,`, CR or LF, with inner quotes doubled.
///
/// Values: strings raw, integers in decimal, numbers in Swift's shortest round-trip form
/// (`NaN`, `INF`, `-INF` for non-finite ones), booleans `true`/`false`, `.null` as an empty
/// field. An empty string is therefore also an empty field, which readers take as missing.
package struct CSVRowFormatter: Sendable {
  /// How the file starts (with or without a byte order mark).
  package let options: CSVOptions

  /// Creates a formatter for files written with `options`.
  package init(options: CSVOptions = .standard) {
    self.options = options
  }

  /// Appends the start of a file: the byte order mark if enabled, then the header row.
  /// - Complexity: O(total length of the names).
  package func appendFileHeader(fieldNames: [String], to buffer: inout ByteBuffer) {
    if options.writesByteOrderMark { buffer.append(CSVOptions.byteOrderMark) }
    for (index, name) in fieldNames.enumerated() {
      if index > 0 { buffer.append(ASCII.comma) }
      Self.appendField(name, to: &buffer)
    }
    buffer.append(ASCII.cr, ASCII.lf)
  }

  /// Appends one row followed by CRLF.
  /// - Complexity: O(total length of the values).
  package func append(_ row: [FieldValue], to buffer: inout ByteBuffer) {
    for index in row.indices {
      if index > 0 { buffer.append(ASCII.comma) }
      switch row[index] {
      case .string(let text): Self.appendField(text, to: &buffer)
      case .integer(let value): DecimalText.appendInteger(value, to: &buffer)
      case .number(let value): Self.appendNumber(value, to: &buffer)
      case .boolean(let value): Self.appendBoolean(value, to: &buffer)
      case .null: break
      }
    }
    buffer.append(ASCII.cr, ASCII.lf)
  }

  /// Appends `value` as one field: the shortest round-trip form, or `NaN`, `INF`, `-INF`.
  @inline(__always)
  package static func appendNumber(_ value: Double, to buffer: inout ByteBuffer) {
    if !DecimalText.appendFiniteNumber(value, to: &buffer) {
      let spelling: StaticString = value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF")
      buffer.append(spelling)
    }
  }

  /// Appends `value` as one field, `true` or `false`.
  @inline(__always)
  package static func appendBoolean(_ value: Bool, to buffer: inout ByteBuffer) {
    buffer.append(value ? "true" : "false")
  }

  /// Appends `value` as one field in decimal digits.
  @inline(__always)
  package static func appendInteger(_ value: Int, to buffer: inout ByteBuffer) {
    DecimalText.appendInteger(value, to: &buffer)
  }

  /// Appends `text` as one field, quoted only if it contains `"`, `,`, CR or LF.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  package static func appendField(_ text: String, to buffer: inout ByteBuffer) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      appendField(bytes: bytes, to: &buffer)
    }
    if done == nil {
      Array(text.utf8).withUnsafeBufferPointer { appendField(bytes: $0, to: &buffer) }
    }
  }

  /// Appends the UTF-8 `bytes` of one field, quoting and doubling quotes where needed.
  /// - Complexity: O(n) in `bytes.count`.
  @inline(__always)
  static func appendField(bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
    var needsQuotes = false
    for byte in bytes where byte <= ASCII.comma {
      if byte == ASCII.quote || byte == ASCII.comma || byte == ASCII.cr || byte == ASCII.lf {
        needsQuotes = true
        break
      }
    }
    guard needsQuotes else {
      buffer.append(bytes)
      return
    }
    buffer.append(ASCII.quote)
    var segmentStart = 0
    for index in bytes.indices where bytes[index] == ASCII.quote {
      buffer.append(UnsafeBufferPointer(rebasing: bytes[segmentStart...index]))
      buffer.append(ASCII.quote)
      segmentStart = index + 1
    }
    buffer.append(UnsafeBufferPointer(rebasing: bytes[segmentStart...]))
    buffer.append(ASCII.quote)
  }
}
