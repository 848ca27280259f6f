/// The start of every row of one document in a table: its `doc_id` field, formatted once as
/// CSV and as the JSON object's opening and first member, so that each row copies it.
struct RowStart {
  /// The CSV bytes of the `doc_id` field, without a separator.
  private let csv: [UInt8]
  /// `{"doc_id":"…"` in the key order of `json`.
  private let json: [UInt8]

  /// The start of the rows of document `docID` for a table formatted with `formatter`.
  init(docID: String, json formatter: JSONLineFormatter) {
    var csvBuffer = ByteBuffer(capacity: 64)
    var jsonBuffer = ByteBuffer(capacity: 64)
    var column = 0
    BothForms.appendText(
      docID, column: &column, json: formatter, csv: &csvBuffer, json: &jsonBuffer)
    csv = csvBuffer.bytes
    json = jsonBuffer.bytes
  }

  /// Appends the field to `csv` and the JSON start to `json`.
  /// - Complexity: O(length of the field).
  @inline(__always)
  func append(csv csvBuffer: inout ByteBuffer, json jsonBuffer: inout ByteBuffer) {
    csvBuffer.append(csv)
    jsonBuffer.append(json)
  }
}
