/// The Frictionless Table Schema type of a column; the raw value is the name written to
/// `datapackage.json`.
package enum FieldType: String, Sendable, Equatable, CaseIterable {
  /// Free text; written as a CSV field or a JSON string.
  case string
  /// A whole number; written in decimal digits, a JSON number in JSONL.
  case integer
  /// A floating-point number; written in the shortest round-trip form, `.` as decimal point.
  case number
  /// `true` or `false`.
  case boolean
  /// A calendar date as an ISO 8601 `YYYY-MM-DD` string (passed as `FieldValue.string`).
  case date
}
