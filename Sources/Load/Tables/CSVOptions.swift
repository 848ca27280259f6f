/// How CSV files are written. The dialect is otherwise fixed: `,` delimiter, `"` quote with
/// doubling, a header row and CRLF line ends (RFC 4180).
package struct CSVOptions: Sendable, Equatable {
  /// Whether each CSV file starts with a UTF-8 byte order mark (`EF BB BF`), which makes Excel
  /// detect UTF-8; pandas, DuckDB and frictionless skip it.
  package var writesByteOrderMark: Bool

  /// Creates options; by default the CSV files start with a byte order mark.
  package init(writesByteOrderMark: Bool = true) {
    self.writesByteOrderMark = writesByteOrderMark
  }

  /// The defaults: a byte order mark at the start of each CSV file.
  package static let standard = CSVOptions()

  /// The encoding name for `datapackage.json`: `utf-8-sig` with a byte order mark, else `utf-8`.
  package var encodingName: String { writesByteOrderMark ? "utf-8-sig" : "utf-8" }

  /// The UTF-8 byte order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
