/// One row of a `TableWriter` written value by value into its CSV and JSON Lines buffers at
/// once: the same bytes `TableWriter.append(_:)` writes for the same values, without building
/// a `[FieldValue]` array, and formatting each value once for both forms where they agree (`BothForms`),
/// as `DocumentFormatter` writes the per-document tables.
///
/// Only `TableWriter.appendRow(_:)` makes one, for the duration of its closure.
package struct TableRow: RowSink {
  /// The CSV buffer of the table.
  private let csv: UnsafeMutablePointer<ByteBuffer>
  /// The JSON Lines buffer of the table.
  private let json: UnsafeMutablePointer<ByteBuffer>
  /// The table's JSON keys.
  private let keys: JSONLineFormatter
  /// The values appended so far.
  private(set) var count = 0

  /// A row appending to `csv` and `json`.
  init(
    csv: UnsafeMutablePointer<ByteBuffer>, json: UnsafeMutablePointer<ByteBuffer>,
    keys: JSONLineFormatter
  ) {
    self.csv = csv
    self.json = json
    self.keys = keys
  }

  package mutating func string(_ text: String) {
    BothForms.appendText(
      text, column: &count, json: keys, csv: &csv.pointee, json: &json.pointee)
  }

  package mutating func integer(_ value: Int) {
    guard count > 0 else {
      startValue()
      CSVRowFormatter.appendInteger(value, to: &csv.pointee)
      JSONLineFormatter.appendInteger(value, to: &json.pointee)
      return
    }
    BothForms.appendInteger(
      value, column: &count, json: keys, csv: &csv.pointee, json: &json.pointee)
  }

  package mutating func boolean(_ value: Bool) {
    startValue()
    CSVRowFormatter.appendBoolean(value, to: &csv.pointee)
    JSONLineFormatter.appendBoolean(value, to: &json.pointee)
  }

  /// Ends the row: CRLF in CSV, `}` and `\n` in JSON Lines.
  func finish() {
    csv.pointee.append(ASCII.cr, ASCII.lf)
    keys.appendRowEnd(to: &json.pointee)
  }

  /// Writes what goes before the next value: a comma in CSV, the key in JSON Lines.
  @inline(__always)
  private mutating func startValue() {
    if count > 0 { csv.pointee.append(ASCII.comma) }
    keys.appendKey(count, to: &json.pointee)
    count += 1
  }
}
