import Transform

extension DocumentFormatter {
  /// Appends the `mentions` row of `record` as CSV to `csv` and as JSONL to `json`, value by
  /// value: the same bytes as formatting `TableRows.mention(record, docID:)`, without building
  /// the row (mentions is by far the largest table).
  /// - Complexity: O(length of the row).
  static func appendMentionRow(
    _ record: MentionRecord, start: RowStart, json formatter: JSONLineFormatter,
    categories: MentionCategoryFields, csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    let mention = record.mention
    var column = 1
    start.append(csv: &csv, json: &json)
    func text(_ value: String) {
      BothForms.appendText(value, column: &column, json: formatter, csv: &csv, json: &json)
    }
    func integer(_ value: Int) {
      BothForms.appendInteger(value, column: &column, json: formatter, csv: &csv, json: &json)
    }
    integer(record.sentence)
    integer(record.start)
    integer(record.end)
    text(record.surface)
    text(mention.entityID)
    text(mention.canonicalName)
    categories.append(mention, csv: &csv, json: &json)
    column += 4
    BothForms.appendNumber(
      mention.confidence, column: &column, json: formatter, csv: &csv, json: &json)
    csv.append(ASCII.comma)
    CSVRowFormatter.appendBoolean(mention.inCompound, to: &csv)
    formatter.appendKey(column, to: &json)
    JSONLineFormatter.appendBoolean(mention.inCompound, to: &json)
    csv.append(ASCII.cr, ASCII.lf)
    formatter.appendRowEnd(to: &json)
  }
}
