/// A reference from columns of one table to the key columns of another table (or of itself).
package struct ForeignKey: Sendable, Equatable {
  /// The referencing columns in this table.
  package var fields: [String]
  /// The name of the referenced table (`TableSchema.name`).
  package var referencedTable: String
  /// The referenced columns in that table, usually its primary key.
  package var referencedFields: [String]

  /// Creates a foreign key from `fields` to `referencedFields` of `referencedTable`.
  package init(fields: [String], referencedTable: String, referencedFields: [String]) {
    self.fields = fields
    self.referencedTable = referencedTable
    self.referencedFields = referencedFields
  }
}
