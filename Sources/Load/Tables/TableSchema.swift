/// The description of one output table: its file name, documentation, columns and keys.
package struct TableSchema: Sendable, Equatable {
  /// The table name, e.g. `documents`; the files are `<name>.csv` and `<name>.jsonl`.
  package var name: String
  /// A short human-readable title.
  package var title: String
  /// A one-paragraph description of what a row is.
  package var description: String
  /// The columns, in output order.
  package var fields: [Field]
  /// The columns that identify a row; empty if the table has no primary key.
  package var primaryKey: [String]
  /// References from this table to others.
  package var foreignKeys: [ForeignKey]

  /// Creates a table description.
  package init(
    name: String, title: String, description: String, fields: [Field],
    primaryKey: [String] = [], foreignKeys: [ForeignKey] = []
  ) {
    self.name = name
    self.title = title
    self.description = description
    self.fields = fields
    self.primaryKey = primaryKey
    self.foreignKeys = foreignKeys
  }

  /// The column names in output order.
  package var fieldNames: [String] { fields.map(\.name) }
}
