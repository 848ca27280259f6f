/// Where the values of one table row go, one by one in schema order: straight into a table's
/// CSV and JSON Lines buffers (`TableRow`), or into `[FieldValue]` (`FieldValueRow`), so that a
/// row is described once whatever receives it.
package protocol RowSink {
  /// Appends a text value.
  mutating func string(_ text: String)
  /// Appends a whole number.
  mutating func integer(_ value: Int)
  /// Appends a truth value.
  mutating func boolean(_ value: Bool)
}

/// A row collected as `[FieldValue]`, for spill runs, tests and small tables.
package struct FieldValueRow: RowSink {
  /// The values appended so far.
  package private(set) var values: [FieldValue] = []

  /// An empty row.
  package init() {}

  package mutating func string(_ text: String) { values.append(.string(text)) }
  package mutating func integer(_ value: Int) { values.append(.integer(value)) }
  package mutating func boolean(_ value: Bool) { values.append(.boolean(value)) }
}
