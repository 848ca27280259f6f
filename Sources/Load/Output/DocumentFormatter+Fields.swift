extension DocumentFormatter {
  /// Appends text value number `column` of a row to its CSV and its JSONL form, and moves on.
  /// - Complexity: O(length of the value).
  @inline(__always)
  static func appendText(
    _ value: String, column: inout Int, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    if column > 0 { csv.append(ASCII.comma) }
    CSVRowFormatter.appendField(value, to: &csv)
    formatter.appendKey(column, to: &json)
    JSONLineFormatter.appendString(value, to: &json)
    column += 1
  }

  /// Appends whole-number value number `column` (never the first) to both forms, and moves on.
  /// - Complexity: O(number of digits).
  @inline(__always)
  static func appendInteger(
    _ value: Int, column: inout Int, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    csv.append(ASCII.comma)
    CSVRowFormatter.appendInteger(value, to: &csv)
    formatter.appendKey(column, to: &json)
    JSONLineFormatter.appendInteger(value, to: &json)
    column += 1
  }
}
