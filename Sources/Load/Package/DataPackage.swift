import Foundation

/// The Frictionless Tabular Data Package descriptor (`datapackage.json`) for a set of tables
/// written by `TableWriter`.
///
/// Each table becomes two resources: `<table>` for `<table>.csv` and `<table>_jsonl` for
/// `<table>.jsonl`, both with the table's schema; foreign keys of a JSONL resource point at the
/// other JSONL resources, and a reference to the table itself is written as `""` (same
/// resource), as the Table Schema specification asks. Keys are written in a fixed order (the
/// order of this type's documentation), pretty-printed with two spaces, so the same input gives
/// the same bytes.
package struct DataPackage: Sendable, Equatable {
  /// The file name of the descriptor.
  package static let fileName = "datapackage.json"

  /// The package name (lower case, `-`, `_`, `.`).
  package var name: String
  /// A human-readable title.
  package var title: String
  /// A description of the package, or `nil` to leave it out.
  package var description: String?
  /// The version string, e.g. the tool version `1.0.0`.
  package var version: String
  /// The tables, in the order their resources are listed.
  package var tables: [TableSchema]
  /// How the CSV files were written (this decides their `encoding`).
  package var csvOptions: CSVOptions

  /// Creates a descriptor for `tables`.
  package init(
    title: String, version: String, tables: [TableSchema], csvOptions: CSVOptions = .standard,
    name: String = "pipeline-output", description: String? = nil
  ) {
    self.name = name
    self.title = title
    self.description = description
    self.version = version
    self.tables = tables
    self.csvOptions = csvOptions
  }

  /// The descriptor as UTF-8 JSON text ending in `\n`.
  /// - Complexity: O(n) in the total number of fields.
  package func encoded() -> [UInt8] {
    var members: [(key: String, value: DescriptorJSON)] = [
      ("profile", .string("tabular-data-package")),
      ("name", .string(name)),
      ("title", .string(title)),
    ]
    if let description { members.append(("description", .string(description))) }
    members.append(("version", .string(version)))
    var resources: [DescriptorJSON] = []
    for table in tables {
      resources.append(csvResource(for: table))
      resources.append(jsonLinesResource(for: table))
    }
    members.append(("resources", .array(resources)))
    return DescriptorJSON.object(members).rendered()
  }

  /// Writes `datapackage.json` into `directory`.
  package func write(to directory: URL) throws(OutputError) {
    let file = try OutputFile(path: directory.appendingPathComponent(Self.fileName).path)
    file.buffer.append(encoded())
    try file.close()
  }

  /// The resource for `<table>.csv`.
  private func csvResource(for table: TableSchema) -> DescriptorJSON {
    .object([
      ("profile", .string("tabular-data-resource")),
      ("name", .string(table.name)),
      ("title", .string(table.title)),
      ("description", .string(table.description)),
      ("path", .string(table.name + ".csv")),
      ("format", .string("csv")),
      ("mediatype", .string("text/csv")),
      ("encoding", .string(csvOptions.encodingName)),
      (
        "dialect",
        .object([
          ("delimiter", .string(",")),
          ("lineTerminator", .string("\r\n")),
          ("quoteChar", .string("\"")),
          ("doubleQuote", .boolean(true)),
          ("header", .boolean(true)),
        ])
      ),
      ("schema", schema(for: table, resourceSuffix: "")),
    ])
  }

  /// The resource for `<table>.jsonl`.
  private func jsonLinesResource(for table: TableSchema) -> DescriptorJSON {
    .object([
      ("profile", .string("tabular-data-resource")),
      ("name", .string(table.name + "_jsonl")),
      ("title", .string(table.title + " (JSON Lines)")),
      ("description", .string(table.description)),
      ("path", .string(table.name + ".jsonl")),
      ("format", .string("jsonl")),
      ("mediatype", .string("application/jsonl")),
      ("encoding", .string("utf-8")),
      ("schema", schema(for: table, resourceSuffix: "_jsonl")),
    ])
  }

  /// The Table Schema of `table`; foreign keys to other tables name `<table><resourceSuffix>`.
  private func schema(for table: TableSchema, resourceSuffix: String) -> DescriptorJSON {
    var members: [(key: String, value: DescriptorJSON)] = [
      ("fields", .array(table.fields.map(Self.field)))
    ]
    if !table.primaryKey.isEmpty { members.append(("primaryKey", .strings(table.primaryKey))) }
    if !table.foreignKeys.isEmpty {
      let keys = table.foreignKeys.map { key -> DescriptorJSON in
        let resource = key.referencedTable == table.name ? "" : key.referencedTable + resourceSuffix
        return .object([
          ("fields", .strings(key.fields)),
          (
            "reference",
            .object([("resource", .string(resource)), ("fields", .strings(key.referencedFields))])
          ),
        ])
      }
      members.append(("foreignKeys", .array(keys)))
    }
    return .object(members)
  }

  /// The descriptor of one field, with `constraints` only if there are any.
  private static func field(_ field: Field) -> DescriptorJSON {
    var members: [(key: String, value: DescriptorJSON)] = [
      ("name", .string(field.name)),
      ("type", .string(field.type.rawValue)),
      ("description", .string(field.description)),
    ]
    var constraints: [(key: String, value: DescriptorJSON)] = []
    if field.required { constraints.append(("required", .boolean(true))) }
    if let values = field.enumValues { constraints.append(("enum", .strings(values))) }
    if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
    return .object(members)
  }
}
