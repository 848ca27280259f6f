/// What `TableWriter.finish()` wrote for one table.
package struct TableStats: Sendable, Equatable {
  /// The table name.
  package var table: String
  /// The number of data rows (the CSV header is not counted).
  package var rows: Int
  /// The size of `<table>.csv` in bytes, including the byte order mark and header.
  package var csvBytes: Int
  /// The size of `<table>.jsonl` in bytes.
  package var jsonlBytes: Int

  /// Creates statistics for one table.
  package init(table: String, rows: Int, csvBytes: Int, jsonlBytes: Int) {
    self.table = table
    self.rows = rows
    self.csvBytes = csvBytes
    self.jsonlBytes = jsonlBytes
  }
}
