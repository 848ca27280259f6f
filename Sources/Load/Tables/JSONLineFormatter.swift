/// Formats rows as JSON Lines: one compact object per row, keys in schema order, `\n` after
/// each row.
///
/// Strings are escaped as Python's `json.dumps(ensure_ascii=False)` does: `\"`, `\\`, the short
/// forms `\b \f \n \r \t`, every other control character below U+0020 as `\u00xx`, and all
/// other characters (umlauts, Cyrillic) as raw UTF-8. Integers are JSON numbers, numbers use
/// the shortest round-trip form (non-finite ones become `null`), `.null` is `null`.
package struct JSONLineFormatter: Sendable {
  /// For each column, the bytes before its value, back to back: `{"name":` for the first
  /// column, `,"name":` for the others.
  private let keyPrefixBytes: [UInt8]
  /// The end offset of each column's prefix in `keyPrefixBytes`.
  private let keyPrefixEnds: [Int]

  /// Creates a formatter for objects with the keys `fieldNames`, in this order.
  package init(fieldNames: [String]) {
    var bytes = ByteBuffer()
    var ends: [Int] = []
    for (index, name) in fieldNames.enumerated() {
      bytes.append(index == 0 ? ASCII.openBrace : ASCII.comma)
      Self.appendString(name, to: &bytes)
      bytes.append(ASCII.colon)
      ends.append(bytes.count)
    }
    keyPrefixBytes = bytes.bytes
    keyPrefixEnds = ends
  }

  /// Appends one row as a JSON object followed by `\n`.
  /// - Complexity: O(total length of the values).
  package func append(_ row: [FieldValue], to buffer: inout ByteBuffer) {
    precondition(
      row.count == keyPrefixEnds.count,
      "row has \(row.count) values, expected \(keyPrefixEnds.count)")
    if row.isEmpty { buffer.append(ASCII.openBrace) }
    keyPrefixBytes.withUnsafeBufferPointer { prefixes in
      var prefixStart = 0
      for index in row.indices {
        let prefixEnd = keyPrefixEnds[index]
        buffer.append(UnsafeBufferPointer(rebasing: prefixes[prefixStart..<prefixEnd]))
        prefixStart = prefixEnd
        Self.appendValue(row[index], to: &buffer)
      }
    }
    buffer.append(ASCII.closeBrace)
    buffer.append(ASCII.lf)
  }

  /// Appends the bytes before the value of column `index`: `{"name":` for the first column,
  /// `,"name":` for the others. For writing a row value by value, in column order, ending with
  /// `appendRowEnd(to:)`; `append(_:to:)` writes the same bytes.
  @inline(__always)
  package func appendKey(_ index: Int, to buffer: inout ByteBuffer) {
    let start = index == 0 ? 0 : keyPrefixEnds[index - 1]
    let end = keyPrefixEnds[index]
    keyPrefixBytes.withUnsafeBufferPointer { prefixes in
      buffer.append(UnsafeBufferPointer(rebasing: prefixes[start..<end]))
    }
  }

  /// Appends the end of a row written with `appendKey(_:to:)`: `}` and `\n`.
  @inline(__always)
  package func appendRowEnd(to buffer: inout ByteBuffer) {
    buffer.append(ASCII.closeBrace, ASCII.lf)
  }

  /// Appends one value as JSON.
  @inline(__always)
  private static func appendValue(_ value: FieldValue, to buffer: inout ByteBuffer) {
    switch value {
    case .string(let text): appendString(text, to: &buffer)
    case .integer(let value): appendInteger(value, to: &buffer)
    case .number(let value): appendNumber(value, to: &buffer)
    case .boolean(let value): appendBoolean(value, to: &buffer)
    case .null: buffer.append("null")
    }
  }

  /// Appends `value` as a JSON number.
  @inline(__always)
  package static func appendInteger(_ value: Int, to buffer: inout ByteBuffer) {
    DecimalText.appendInteger(value, to: &buffer)
  }

  /// Appends `value` as a JSON number in the shortest round-trip form, or `null` if not finite.
  @inline(__always)
  package static func appendNumber(_ value: Double, to buffer: inout ByteBuffer) {
    if !DecimalText.appendFiniteNumber(value, to: &buffer) {
      buffer.append("null")
    }
  }

  /// Appends `value` as `true` or `false`.
  @inline(__always)
  package static func appendBoolean(_ value: Bool, to buffer: inout ByteBuffer) {
    buffer.append(value ? "true" : "false")
  }

  /// Appends `text` as a quoted, escaped JSON string.
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  package static func appendString(_ text: String, to buffer: inout ByteBuffer) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      appendString(bytes: bytes, to: &buffer)
    }
    if done == nil {
      Array(text.utf8).withUnsafeBufferPointer { appendString(bytes: $0, to: &buffer) }
    }
  }

  /// Appends the UTF-8 `bytes` as a quoted JSON string, escaping where JSON requires it.
  /// - Complexity: O(n) in `bytes.count`.
  @inline(__always)
  static func appendString(bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
    buffer.append(ASCII.quote)
    var segmentStart = 0
    for index in bytes.indices {
      let byte = bytes[index]
      guard byte < ASCII.space || byte == ASCII.quote || byte == ASCII.backslash else { continue }
      buffer.append(UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
      appendEscape(for: byte, to: &buffer)
      segmentStart = index + 1
    }
    buffer.append(UnsafeBufferPointer(rebasing: bytes[segmentStart...]))
    buffer.append(ASCII.quote)
  }

  /// Appends the escape sequence for a byte that JSON does not allow raw inside a string.
  private static func appendEscape(for byte: UInt8, to buffer: inout ByteBuffer) {
    buffer.append(ASCII.backslash)
    switch byte {
    case ASCII.quote, ASCII.backslash: buffer.append(byte)
    case 0x08: buffer.append(UInt8(ascii: "b"))
    case 0x0C: buffer.append(UInt8(ascii: "f"))
    case ASCII.lf: buffer.append(UInt8(ascii: "n"))
    case ASCII.cr: buffer.append(UInt8(ascii: "r"))
    case 0x09: buffer.append(UInt8(ascii: "t"))
    default:
      buffer.append(ASCII.u, ASCII.zero)
      buffer.append(ASCII.zero)
      buffer.append(ASCII.hexDigits[Int(byte >> 4)])
      buffer.append(ASCII.hexDigits[Int(byte & 0x0F)])
    }
  }
}
