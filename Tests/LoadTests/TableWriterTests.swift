import Foundation
import Load
import Testing

@Suite("TableWriter")
struct TableWriterTests {
  /// A small schema with every kind of column.
  static let schema = TableSchema(
    name: "documents", title: "Documents", description: "One row per article.",
    fields: [
      Field(name: "doc_id", type: .string, description: "Article id.", required: true),
      Field(name: "title", type: .string, description: "Headline."),
      Field(name: "words", type: .integer, description: "Word count."),
      Field(name: "published", type: .date, description: "Publication date."),
      Field(name: "ok", type: .boolean, description: "Parsed cleanly."),
    ],
    primaryKey: ["doc_id"])

  /// A table larger than the background flush chunk (32 MiB): the files hold exactly the bytes
  /// appended, and finishing waits for the flushes and reports none failed.
  @Test func tableLargerThanAFlushChunkIsWrittenWhole() throws {
    let folder = try TemporaryFolder()
    let writer = try TableWriter(schema: Self.schema, directory: folder.url)
    let row = Array("a/1.txt,Grüße,1,2024-03-01,true\r\n".utf8)
    let chunk = Array(repeating: row, count: 8192).flatMap { $0 }
    let jsonl = Array(#"{"doc_id":"a/1.txt"}"#.utf8) + [0x0A]
    let jsonChunk = Array(repeating: jsonl, count: 8192).flatMap { $0 }
    let chunks = 40 * 1024 * 1024 / chunk.count + 1
    for _ in 0..<chunks {
      try chunk.withUnsafeBufferPointer { csv in
        try jsonChunk.withUnsafeBufferPointer { json in
          try writer.appendFormatted(csv: csv, jsonl: json, rows: 8192)
        }
      }
    }
    let stats = try writer.finish()
    let header = Array("\u{FEFF}doc_id,title,words,published,ok\r\n".utf8)
    #expect(stats.rows == chunks * 8192)
    #expect(stats.csvBytes == header.count + chunks * chunk.count)
    #expect(stats.csvBytes > 40 * 1024 * 1024)
    let csv = try folder.bytes("documents.csv")
    #expect(csv.count == stats.csvBytes)
    #expect(Array(csv.prefix(header.count)) == header)
    #expect(Array(csv.suffix(row.count)) == row)
    #expect(try folder.bytes("documents.jsonl").count == chunks * jsonChunk.count)
  }

  @Test func writesCSVAndJSONLines() throws {
    let folder = try TemporaryFolder()
    let writer = try TableWriter(schema: Self.schema, directory: folder.url)
    try writer.append([
      .string("a/1.txt"), .string("Grüße aus \"Kiew\", Teil 1"), .integer(120),
      .string("2024-03-01"), .boolean(true),
    ])
    try writer.append([.string("a/2.txt"), .string("Zwei\nZeilen"), .null, .null, .boolean(false)])
    let stats = try writer.finish()

    let csv =
      "\u{FEFF}doc_id,title,words,published,ok\r\n"
      + "a/1.txt,\"Grüße aus \"\"Kiew\"\", Teil 1\",120,2024-03-01,true\r\n"
      + "a/2.txt,\"Zwei\nZeilen\",,,false\r\n"
    let jsonl = """
      {"doc_id":"a/1.txt","title":"Grüße aus \\"Kiew\\", Teil 1","words":120,\
      "published":"2024-03-01","ok":true}
      {"doc_id":"a/2.txt","title":"Zwei\\nZeilen","words":null,"published":null,"ok":false}

      """
    #expect(try folder.text("documents.csv") == csv)
    #expect(try folder.text("documents.jsonl") == jsonl)
    #expect(
      stats
        == TableStats(
          table: "documents", rows: 2, csvBytes: csv.utf8.count, jsonlBytes: jsonl.utf8.count))
  }

  /// A schema whose first column is a number, so a row may start with any kind of value.
  static let numberFirst = TableSchema(
    name: "counts", title: "Counts", description: "Counts.",
    fields: [
      Field(name: "n", type: .integer, description: "A count."),
      Field(name: "text", type: .string, description: "A text."),
      Field(name: "m", type: .integer, description: "Another count."),
      Field(name: "flag", type: .boolean, description: "A flag."),
    ],
    primaryKey: ["n"])

  /// The files of `rows` written through `appendRow`, and through `append` with values.
  static func bothWays(_ schema: TableSchema, _ rows: [FieldValueRow]) throws -> (
    direct: [String], values: [String]
  ) {
    var results: [[String]] = []
    for direct in [true, false] {
      let folder = try TemporaryFolder()
      let writer = try TableWriter(schema: schema, directory: folder.url)
      for row in rows {
        if direct {
          try writer.appendRow { table in
            for value in row.values {
              switch value {
              case .string(let text): table.string(text)
              case .integer(let number): table.integer(number)
              case .boolean(let flag): table.boolean(flag)
              default: Issue.record("a value TableRow has no method for")
              }
            }
          }
        } else {
          try writer.append(row.values)
        }
      }
      _ = try writer.finish()
      results.append([
        try folder.text(schema.name + ".csv"), try folder.text(schema.name + ".jsonl"),
      ])
    }
    return (results[0], results[1])
  }

  @Test func rowsWrittenValueByValueMatchRowsOfValues() throws {
    // Texts that need nothing, CSV quotes, JSON escapes or both; long and non-ASCII ones.
    let texts = [
      "a/1.txt", "", "Grüße aus \"Kiew\", Teil 1", "Zwei\nZeilen", "Tab\there", "back\\slash",
      "a,b", "\u{1}\u{1F}", "Пашинян", String(repeating: "Jerewan ", count: 40), "cr\r",
    ]
    var rows: [FieldValueRow] = []
    for (index, text) in texts.enumerated() {
      var row = FieldValueRow()
      row.string(text)
      row.string(texts[(index + 3) % texts.count])
      row.integer(index * 1_000_003 - 5)
      row.string("2024-03-0\(index % 9 + 1)")
      row.boolean(index % 2 == 0)
      rows.append(row)
    }
    let (direct, values) = try Self.bothWays(Self.schema, rows)
    #expect(direct == values)
    #expect(direct[0].contains("\"Grüße aus \"\"Kiew\"\", Teil 1\""))
    #expect(direct[1].contains(#"\u0001\u001f"#))

    var numberRows: [FieldValueRow] = []
    for number in [0, -7, Int.max, Int.min] {
      var row = FieldValueRow()
      row.integer(number)
      row.string("x\"y")
      row.integer(number / -3)
      row.boolean(number < 0)
      numberRows.append(row)
    }
    let numbers = try Self.bothWays(Self.numberFirst, numberRows)
    #expect(numbers.direct == numbers.values)
    #expect(numbers.direct[1].hasPrefix(#"{"n":0,"text":"x\"y","m":0,"flag":false}"#))
  }

  @Test func emptyTableHasOnlyTheHeader() throws {
    let folder = try TemporaryFolder()
    let writer = try TableWriter(
      schema: Self.schema, directory: folder.url,
      options: CSVOptions(writesByteOrderMark: false))
    let stats = try writer.finish()
    #expect(try folder.text("documents.csv") == "doc_id,title,words,published,ok\r\n")
    #expect(try folder.bytes("documents.jsonl") == [])
    #expect(stats.rows == 0)
  }

  @Test func largeTableMatchesFormatterOutputAcrossChunksAndIsDeterministic() throws {
    let rows: [[FieldValue]] = (0..<20_000).map { index in
      [
        .string("doc-\(index)"), .string(index % 3 == 0 ? "Ä, \"Ö\"" : "Titel \(index)"),
        .integer(index * 7 - 5000), .string("2024-01-\(10 + index % 20)"),
        .boolean(index % 2 == 0),
      ]
    }
    var csv = ByteBuffer()
    var jsonl = ByteBuffer()
    let csvFormatter = CSVRowFormatter()
    let jsonFormatter = JSONLineFormatter(fieldNames: Self.schema.fieldNames)
    csvFormatter.appendFileHeader(fieldNames: Self.schema.fieldNames, to: &csv)
    for row in rows {
      csvFormatter.append(row, to: &csv)
      jsonFormatter.append(row, to: &jsonl)
    }
    var outputs: [[UInt8]] = []
    for _ in 0..<2 {
      let folder = try TemporaryFolder()
      let writer = try TableWriter(schema: Self.schema, directory: folder.url)
      for row in rows { try writer.append(row) }
      let stats = try writer.finish()
      #expect(stats.csvBytes > 4 * 65_536)
      #expect(try folder.bytes("documents.csv") == csv.bytes)
      #expect(try folder.bytes("documents.jsonl") == jsonl.bytes)
      outputs.append(try folder.bytes("documents.csv") + folder.bytes("documents.jsonl"))
    }
    #expect(outputs[0] == outputs[1])
  }

  @Test func missingDirectoryIsAnOutputErrorWithPathAndReason() throws {
    let folder = try TemporaryFolder()
    let missing = folder.url.appendingPathComponent("fehlt")
    let error = #expect(throws: OutputError.self) {
      _ = try TableWriter(schema: Self.schema, directory: missing)
    }
    #expect(error?.operation == .createFile)
    #expect(error?.path == missing.appendingPathComponent("documents.csv").path)
    #expect(error?.exitCode == 73)
    #expect(
      error?.description
        == "cannot create file \(missing.path)/documents.csv: No such file or directory")
  }
}
