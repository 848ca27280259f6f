/// One cell of a row. Dates are passed as ISO 8601 strings in `.string`.
package enum FieldValue: Sendable, Equatable {
  /// Text; written raw (quoted only where RFC 4180 needs it) in CSV, as a JSON string in JSONL.
  case string(String)
  /// A whole number.
  case integer(Int)
  /// A floating-point number; non-finite values are `NaN`/`INF`/`-INF` in CSV and `null` in JSONL.
  case number(Double)
  /// A truth value, written `true` or `false`.
  case boolean(Bool)
  /// A missing value: an empty CSV field and JSON `null`.
  case null

  /// Whether this value may stand in a column of type `type` (`.null` fits every column).
  package func fits(_ type: FieldType) -> Bool {
    switch (self, type) {
    case (.null, _), (.string, .string), (.string, .date), (.integer, .integer),
      (.integer, .number), (.number, .number), (.boolean, .boolean):
      return true
    default:
      return false
    }
  }
}
