import Foundation

/// Streams the rows of one table into `<name>.csv` and `<name>.jsonl` in a directory.
///
/// Rows are formatted into byte buffers that are written in chunks of 64 KiB to 1 MiB (see
/// `OutputFile`), so memory use does not grow with the table. The same rows always give
/// byte-identical files. Call `finish()` once after the last row; a writer dropped without
/// `finish()` closes its files and leaves them incomplete (the staging folder they live in is
/// then discarded).
package final class TableWriter {
  /// The table being written.
  package let schema: TableSchema
  /// Formats the CSV rows.
  private let csvFormatter: CSVRowFormatter
  /// Formats the JSONL rows.
  private let jsonFormatter: JSONLineFormatter
  /// The CSV output.
  private let csvFile: OutputFile
  /// The JSONL output.
  private let jsonFile: OutputFile
  /// The number of rows appended so far.
  private var rowCount = 0
  /// Whether `finish()` has been called.
  private var isFinished = false

  /// The paths of the CSV and the JSONL file.
  package var paths: [String] { [csvFile.path, jsonFile.path] }

  /// Creates `<schema.name>.csv` and `<schema.name>.jsonl` in `directory` (replacing any files
  /// of that name) and writes the CSV header.
  package init(schema: TableSchema, directory: URL, options: CSVOptions = .standard)
    throws(OutputError)
  {
    precondition(!schema.fields.isEmpty, "table \(schema.name) has no fields")
    self.schema = schema
    csvFormatter = CSVRowFormatter(options: options)
    jsonFormatter = JSONLineFormatter(fieldNames: schema.fieldNames)
    let base = directory.appendingPathComponent(schema.name).path
    csvFile = try OutputFile(path: base + ".csv")
    jsonFile = try OutputFile(path: base + ".jsonl")
    csvFormatter.appendFileHeader(fieldNames: schema.fieldNames, to: &csvFile.buffer)
  }

  /// Appends one row; it must hold one value per field, in schema order.
  /// - Complexity: O(total length of the values), plus a buffered write every 64 KiB.
  package func append(_ row: [FieldValue]) throws(OutputError) {
    precondition(!isFinished, "append after finish() on table \(schema.name)")
    precondition(
      row.count == schema.fields.count,
      "table \(schema.name): row has \(row.count) values, schema has \(schema.fields.count)")
    assert(rowMatchesSchema(row), "table \(schema.name): row does not match schema: \(row)")
    csvFormatter.append(row, to: &csvFile.buffer)
    jsonFormatter.append(row, to: &jsonFile.buffer)
    rowCount += 1
    try csvFile.flushIfFull()
    try jsonFile.flushIfFull()
  }

  /// Appends one row written value by value by `write`, which must append one value per field,
  /// in schema order; the bytes are those `append(_:)` writes for the same values.
  /// - Complexity: O(total length of the values), plus a buffered write every 64 KiB.
  package func appendRow(_ write: (inout TableRow) -> Void) throws(OutputError) {
    precondition(!isFinished, "append after finish() on table \(schema.name)")
    let fields = schema.fields.count
    withUnsafeMutablePointer(to: &csvFile.buffer) { csv in
      withUnsafeMutablePointer(to: &jsonFile.buffer) { json in
        var row = TableRow(csv: csv, json: json, keys: jsonFormatter)
        write(&row)
        precondition(
          row.count == fields,
          "table \(schema.name): row has \(row.count) values, schema has \(fields)")
        row.finish()
      }
    }
    rowCount += 1
    try csvFile.flushIfFull()
    try jsonFile.flushIfFull()
  }

  /// Appends `rows` rows that were already formatted, as CSV bytes and JSONL bytes, by the
  /// same formatters this writer uses (see `DocumentFormatter`).
  /// - Complexity: O(`csv.count + jsonl.count`), plus a buffered write every 64 KiB.
  package func appendFormatted(
    csv: UnsafeBufferPointer<UInt8>, jsonl: UnsafeBufferPointer<UInt8>, rows: Int
  ) throws(OutputError) {
    precondition(!isFinished, "append after finish() on table \(schema.name)")
    try csvFile.append(csv)
    try jsonFile.append(jsonl)
    rowCount += rows
  }

  /// Writes the remaining bytes, closes both files and reports what was written.
  package func finish() throws(OutputError) -> TableStats {
    precondition(!isFinished, "finish() called twice on table \(schema.name)")
    isFinished = true
    try csvFile.close()
    try jsonFile.close()
    return TableStats(
      table: schema.name, rows: rowCount, csvBytes: csvFile.bytesWritten,
      jsonlBytes: jsonFile.bytesWritten)
  }

  /// Whether every value fits its column's type and required columns are not null (checked in
  /// debug builds only).
  private func rowMatchesSchema(_ row: [FieldValue]) -> Bool {
    zip(row, schema.fields).allSatisfy { value, field in
      value.fits(field.type) && !(field.required && value == .null)
    }
  }
}
