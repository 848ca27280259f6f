import Extract
import Foundation
import Load
import Testing
import Transform

@Suite("DocumentFormatter")
struct DocumentFormatterTests {
  static let documents = AnalyzedDocumentFixture.documents

  /// The data rows of `<table>.csv` (header dropped) and `<table>.jsonl` as `TableWriter`
  /// writes them for `rows`.
  private func tableBytes(_ schema: TableSchema, _ rows: [[FieldValue]], options: CSVOptions) throws
    -> (
      csv: [UInt8], jsonl: [UInt8]
    )
  {
    let folder = try TemporaryFolder()
    let writer = try TableWriter(schema: schema, directory: folder.url, options: options)
    for row in rows { try writer.append(row) }
    _ = try writer.finish()
    let empty = try TemporaryFolder()
    _ = try TableWriter(schema: schema, directory: empty.url, options: options).finish()
    let header = try empty.bytes(schema.name + ".csv").count
    return (
      Array(try folder.bytes(schema.name + ".csv").dropFirst(header)),
      try folder.bytes(schema.name + ".jsonl")
    )
  }

  @Test(arguments: [CSVOptions(writesByteOrderMark: true), CSVOptions(writesByteOrderMark: false)])
  func partsEqualTheRowsTableWriterWrites(options: CSVOptions) throws {
    let formatter = DocumentFormatter(options: options)
    let formatted = Self.documents.map { formatter.format($0) }
    func joined(_ part: FormattedDocument.Part) -> [UInt8] {
      formatted.flatMap { $0.bytes(of: part) }
    }

    let documents = try tableBytes(
      OutputSchemas.documents, Self.documents.map(TableRows.document), options: options)
    #expect(joined(.documentsCSV) == documents.csv)
    #expect(joined(.documentsJSONL) == documents.jsonl)
    let mentions = try tableBytes(
      OutputSchemas.mentions,
      Self.documents.flatMap { document in
        document.mentions.map { TableRows.mention($0, docID: document.source.docID) }
      }, options: options)
    #expect(joined(.mentionsCSV) == mentions.csv)
    #expect(joined(.mentionsJSONL) == mentions.jsonl)
    let dates = try tableBytes(
      OutputSchemas.dates,
      Self.documents.flatMap { document in
        document.dates.map { TableRows.date($0, docID: document.source.docID) }
      },
      options: options)
    #expect(joined(.datesCSV) == dates.csv)
    #expect(joined(.datesJSONL) == dates.jsonl)

    #expect(formatted.map(\.mentionRows) == Self.documents.map(\.mentions.count))
    #expect(formatted.map(\.dateRows) == Self.documents.map(\.dates.count))
    #expect(formatted.map(\.status) == Self.documents.map(\.source.status))
    #expect(formatted.map(\.sourceByteCount) == Self.documents.map(\.source.byteCount))
    #expect(formatted.map(\.tally) == Self.documents.map { MentionTally($0.mentions) })
  }

  /// Every combination of type, form, method and how (whose four fields are formatted once per
  /// combination) gives the bytes `TableWriter` writes for the row.
  @Test func everyMentionCategoryCombinationFormatsAsTableWriterDoes() throws {
    var document = Self.documents[0]
    document.mentions = []
    for type in EntityType.allCases {
      for form in MentionForm.allCases {
        for method in MentionMethod.allCases {
          for how in MatchMethod.allCases {
            document.mentions.append(
              AnalyzedDocumentFixture.mention(
                "Lawrow", "sergey_lavrov", canonical: "Sergey Lavrov", type: type, form: form,
                method: method, how: how, at: document.mentions.count * 7))
          }
        }
      }
    }
    let formatted = DocumentFormatter(options: .standard).format(document)
    let expected = try tableBytes(
      OutputSchemas.mentions,
      document.mentions.map { TableRows.mention($0, docID: "0a1b2c3d4e5f6071") },
      options: .standard)
    #expect(formatted.mentionRows > 100)
    #expect(formatted.bytes(of: .mentionsCSV) == expected.csv)
    #expect(formatted.bytes(of: .mentionsJSONL) == expected.jsonl)
  }

  @Test func onlyOkDocumentsHaveACacheEntry() {
    let formatter = DocumentFormatter(options: .standard)
    for document in Self.documents {
      let entry = formatter.format(document).bytes(of: .cacheEntry)
      #expect(entry.isEmpty == (document.source.status != .ok), "\(document.source.path)")
      if document.source.status == .ok {
        #expect(entry == AnalysisCacheWriter.entry(for: document))
      }
    }
  }

  /// A cache written from the documents, read back: the payloads decode to documents that format
  /// to the same bytes, and reusing a payload gives the entry encoding would give.
  @Test func cachedPayloadsGiveTheSameOutput() throws {
    let folder = try TemporaryFolder()
    let writer = try AnalysisCacheWriter(directory: folder.url, configurationHash: "config-1")
    for document in Self.documents { try writer.append(document) }
    try writer.finish()
    let reader = try #require(
      AnalysisCacheReader(
        path: folder.url.appendingPathComponent(AnalysisCache.fileName).path,
        configurationHash: "config-1"))
    let formatter = DocumentFormatter(options: .standard)
    var reused = 0
    for document in Self.documents where document.source.status == .ok {
      let payload = try #require(reader.payload(for: document.source))
      let decoded = try #require(AnalysisCacheReader.decode(payload, source: document.source))
      #expect(
        AnalysisCacheWriter.entry(for: decoded, payload: payload)
          == AnalysisCacheWriter.entry(for: document))
      let fresh = formatter.format(document)
      let cached = formatter.format(decoded, cachePayload: payload)
      for part in FormattedDocument.Part.allCases {
        #expect(cached.bytes(of: part) == fresh.bytes(of: part), "\(part)")
      }
      #expect(cached.tally == fresh.tally)
      reused += 1
    }
    #expect(reused == 3)
  }

  @Test func changedDocumentHasNoPayload() throws {
    let folder = try TemporaryFolder()
    let writer = try AnalysisCacheWriter(directory: folder.url, configurationHash: "config-1")
    for document in Self.documents { try writer.append(document) }
    try writer.finish()
    let path = folder.url.appendingPathComponent(AnalysisCache.fileName).path
    #expect(AnalysisCacheReader(path: path, configurationHash: "config-2") == nil)
    let reader = try #require(AnalysisCacheReader(path: path, configurationHash: "config-1"))
    var changed = Self.documents[0].source
    changed.sha256 = "other"
    #expect(reader.payload(for: changed) == nil)
    #expect(reader.payload(for: Self.documents[1].source) != nil)
  }

  /// Entries are found by path alone, skipping the paths before (of files since deleted) and
  /// telling paths without an entry; an entry's payload is given only for the bytes and
  /// publication date it was made from.
  @Test func entriesAreFoundByPathInOrder() throws {
    let folder = try TemporaryFolder()
    let writer = try AnalysisCacheWriter(directory: folder.url, configurationHash: "config-1")
    let documents = Self.documents.filter { $0.source.status == .ok }
    for document in documents { try writer.append(document) }
    try writer.finish()
    let reader = try #require(
      AnalysisCacheReader(
        path: folder.url.appendingPathComponent(AnalysisCache.fileName).path,
        configurationHash: "config-1"))
    let paths = documents.map(\.source.path)
    #expect(paths == paths.sorted(by: UTF8Order.precedes) && paths.count == 3)
    // The first path is skipped, a path between two entries has none.
    #expect(reader.entry(at: paths[1] + "0") == nil)
    let third = try #require(reader.entry(at: paths[2]))
    #expect(third.sha256 == documents[2].source.sha256)
    #expect(third.published == (documents[2].source.metadata.published ?? ""))
    #expect(third.payload(for: documents[2].source) == third.payload)
    var changed = documents[2].source
    changed.metadata.published = "1999-01-01"
    #expect(third.payload(for: changed) == nil)
    #expect(reader.entry(at: paths[2]) == nil)
  }
}

@Suite("DocumentFormatter dates")
struct DocumentFormatterDateTests {
  /// Range days of unusual widths are spelled as `CalendarDay.description` spells them.
  @Test(arguments: [(5, 1, 9), (999, 12, 31), (2024, 2, 29), (9999, 12, 31), (1, 1, 1)])
  func rangeDaysMatchTheirDescription(year: Int, month: Int, day: Int) throws {
    let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
    var document = AnalyzedDocumentFixture.documents[1]
    document.dates = [
      DateRecord(
        sentence: 0, start: 0, end: 4, surface: "heute",
        date: DateMention(
          start: 0, end: 5, value: calendarDay.description, mod: "", granularity: "day",
          kind: "date", anchor: "absolute", rangeStart: calendarDay, rangeEnd: nil))
    ]
    let formatted = DocumentFormatter(options: .standard).format(document)
    var csv = ByteBuffer()
    CSVRowFormatter().append(
      TableRows.date(document.dates[0], docID: document.source.docID), to: &csv)
    var json = ByteBuffer()
    JSONLineFormatter(fieldNames: OutputSchemas.dates.fieldNames).append(
      TableRows.date(document.dates[0], docID: document.source.docID), to: &json)
    #expect(formatted.bytes(of: .datesCSV) == csv.bytes)
    #expect(formatted.bytes(of: .datesJSONL) == json.bytes)
  }
}
