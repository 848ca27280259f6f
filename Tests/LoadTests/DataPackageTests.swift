import Foundation
import Load
import Testing

@Suite("DataPackage")
struct DataPackageTests {
  /// A table with a required column, an enumeration, a primary key and two foreign keys.
  static let mentions = TableSchema(
    name: "mentions", title: "Mentions", description: "One row per \"mention\".",
    fields: [
      Field(name: "mention_id", type: .integer, description: "Number.", required: true),
      Field(name: "entity_id", type: .string, description: "Entity."),
      Field(name: "status", type: .string, description: "Outcome.", enumValues: ["ok", "error"]),
    ],
    primaryKey: ["mention_id"],
    foreignKeys: [
      ForeignKey(fields: ["entity_id"], referencedTable: "entities", referencedFields: ["id"]),
      ForeignKey(
        fields: ["mention_id"], referencedTable: "mentions", referencedFields: ["mention_id"]),
    ])

  /// The schema of `mentions` as written for both resources; `%SUFFIX%` marks the foreign key.
  static let schemaText = """
          "schema": {
            "fields": [
              {
                "name": "mention_id",
                "type": "integer",
                "description": "Number.",
                "constraints": {
                  "required": true
                }
              },
              {
                "name": "entity_id",
                "type": "string",
                "description": "Entity."
              },
              {
                "name": "status",
                "type": "string",
                "description": "Outcome.",
                "constraints": {
                  "enum": ["ok", "error"]
                }
              }
            ],
            "primaryKey": ["mention_id"],
            "foreignKeys": [
              {
                "fields": ["entity_id"],
                "reference": {
                  "resource": "entities%SUFFIX%",
                  "fields": ["id"]
                }
              },
              {
                "fields": ["mention_id"],
                "reference": {
                  "resource": "",
                  "fields": ["mention_id"]
                }
              }
            ]
          }
    """

  @Test func descriptorHasFixedKeyOrderAndBothResources() {
    let package = DataPackage(
      title: "Test", version: "1.2.3", tables: [Self.mentions],
      csvOptions: CSVOptions(writesByteOrderMark: false))
    let expected = """
      {
        "profile": "tabular-data-package",
        "name": "pipeline-output",
        "title": "Test",
        "version": "1.2.3",
        "resources": [
          {
            "profile": "tabular-data-resource",
            "name": "mentions",
            "title": "Mentions",
            "description": "One row per \\"mention\\".",
            "path": "mentions.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {
              "delimiter": ",",
              "lineTerminator": "\\r\\n",
              "quoteChar": "\\"",
              "doubleQuote": true,
              "header": true
            },
      \(Self.schemaText.replacingOccurrences(of: "%SUFFIX%", with: ""))
          },
          {
            "profile": "tabular-data-resource",
            "name": "mentions_jsonl",
            "title": "Mentions (JSON Lines)",
            "description": "One row per \\"mention\\".",
            "path": "mentions.jsonl",
            "format": "jsonl",
            "mediatype": "application/jsonl",
            "encoding": "utf-8",
      \(Self.schemaText.replacingOccurrences(of: "%SUFFIX%", with: "_jsonl"))
          }
        ]
      }

      """
    #expect(String(decoding: package.encoded(), as: UTF8.self) == expected)
  }

  @Test func byteOrderMarkMakesCSVEncodingUTF8Sig() {
    let package = DataPackage(
      title: "Test", version: "1", tables: [Self.mentions], description: "Beschreibung")
    let text = String(decoding: package.encoded(), as: UTF8.self)
    #expect(text.contains("\"title\": \"Test\",\n  \"description\": \"Beschreibung\",\n"))
    #expect(text.components(separatedBy: "\"encoding\": \"utf-8-sig\"").count == 2)
    #expect(text.components(separatedBy: "\"encoding\": \"utf-8\"").count == 2)
  }

  @Test func writeCreatesDatapackageJSON() throws {
    let folder = try TemporaryFolder()
    let package = DataPackage(title: "Test", version: "1", tables: [Self.mentions])
    try package.write(to: folder.url)
    #expect(try folder.bytes("datapackage.json") == package.encoded())
  }
}
