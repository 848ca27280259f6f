import Transform

extension DocumentFormatter {
  /// Appends the `dates` row of `record` as CSV to `csv` and as JSONL to `json`, value by value:
  /// the same bytes as formatting `TableRows.date(record, docID:)`, without building the row or
  /// the range days' `String`s.
  /// - Complexity: O(length of the row).
  static func appendDateRow(
    _ record: DateRecord, start: RowStart, json formatter: JSONLineFormatter,
    csv: inout ByteBuffer, json: inout ByteBuffer
  ) {
    let date = record.date
    var column = 1
    start.append(csv: &csv, json: &json)
    func text(_ value: String) {
      BothForms.appendText(value, column: &column, json: formatter, csv: &csv, json: &json)
    }
    func integer(_ value: Int) {
      BothForms.appendInteger(value, column: &column, json: formatter, csv: &csv, json: &json)
    }
    /// Appends a day as `YYYY-MM-DD` (which needs no quoting or escaping), or null.
    func day(_ value: CalendarDay?) {
      csv.append(ASCII.comma)
      formatter.appendKey(column, to: &json)
      column += 1
      guard let value else {
        json.append("null")
        return
      }
      json.append(ASCII.quote)
      let digitRange = 0..<1_000_000_000
      if digitRange.contains(value.year) && digitRange.contains(value.month)
        && digitRange.contains(value.day)
      {
        appendPadded(value.year, width: 4, to: &csv, and: &json)
        csv.append(ASCII.minus)
        json.append(ASCII.minus)
        appendPadded(value.month, width: 2, to: &csv, and: &json)
        csv.append(ASCII.minus)
        json.append(ASCII.minus)
        appendPadded(value.day, width: 2, to: &csv, and: &json)
      } else {
        let bytes = value.isoBytes
        csv.append(bytes)
        json.append(bytes)
      }
      json.append(ASCII.quote)
    }
    integer(record.sentence)
    integer(record.start)
    integer(record.end)
    text(record.surface)
    text(date.value)
    text(date.mod)
    text(date.granularity)
    day(date.rangeStart)
    day(date.rangeEnd)
    text(date.kind)
    text(date.anchor)
    csv.append(ASCII.cr, ASCII.lf)
    formatter.appendRowEnd(to: &json)
  }

  /// Appends the decimal digits of `value` (0 ..< 10⁹), zero-padded to `width`, to both
  /// buffers, as `CalendarDay.isoBytes` spells them.
  private static func appendPadded(
    _ value: Int, width: Int, to first: inout ByteBuffer, and second: inout ByteBuffer
  ) {
    var digits = 1
    var limit = 10
    while value >= limit {
      digits += 1
      limit &*= 10
    }
    for _ in digits..<max(width, digits) {
      first.append(ASCII.zero)
      second.append(ASCII.zero)
    }
    var place = limit / 10
    var rest = value
    while place > 0 {
      let digit = ASCII.zero &+ UInt8(truncatingIfNeeded: rest / place)
      first.append(digit)
      second.append(digit)
      rest %= place
      place /= 10
    }
  }
}
