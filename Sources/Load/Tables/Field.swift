/// One column of a table: its name, type and documentation, plus the constraints a validator
/// checks.
package struct Field: Sendable, Equatable {
  /// The column name, written as the CSV header and as the JSONL key.
  package var name: String
  /// The Table Schema type of the values in this column.
  package var type: FieldType
  /// A one-sentence description of the column for `datapackage.json`.
  package var description: String
  /// Whether every row must have a value (`constraints.required`).
  package var required: Bool
  /// The allowed values, if the column is an enumeration such as `ok`/`skipped`/`error`
  /// (`constraints.enum`).
  package var enumValues: [String]?

  /// Creates a column description.
  package init(
    name: String, type: FieldType, description: String, required: Bool = false,
    enumValues: [String]? = nil
  ) {
    self.name = name
    self.type = type
    self.description = description
    self.required = required
    self.enumValues = enumValues
  }
}
