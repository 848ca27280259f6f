import Extract
import Transform

/// Formats one analyzed document into the bytes `RunWriter` appends: the same bytes, row for
/// row, as `TableWriter` writes for `TableRows`, plus the analysis cache entry.
///
/// Pure and `Sendable`, so the workers format documents in parallel and the writer only copies.
package struct DocumentFormatter: Sendable {
  /// Formats the CSV rows of every table.
  private let csv: CSVRowFormatter
  /// Formats the `documents` JSONL rows.
  private let documentsJSON: JSONLineFormatter
  /// Formats the `mentions` JSONL rows.
  let mentionsJSON: JSONLineFormatter
  /// Formats the `dates` JSONL rows.
  let datesJSON: JSONLineFormatter
  /// The `type`, `form`, `method` and `how` fields of `mentions` rows.
  let mentionCategories: MentionCategoryFields
  /// Buffers to format into, reused from document to document.
  private let scratchPool = FormattingScratchPool()

  /// Creates a formatter for tables written with `options`.
  package init(options: CSVOptions) {
    csv = CSVRowFormatter(options: options)
    documentsJSON = JSONLineFormatter(fieldNames: OutputSchemas.documents.fieldNames)
    mentionsJSON = JSONLineFormatter(fieldNames: OutputSchemas.mentions.fieldNames)
    datesJSON = JSONLineFormatter(fieldNames: OutputSchemas.dates.fieldNames)
    let typeColumn = OutputSchemas.mentions.fieldNames.firstIndex(of: "type")!
    mentionCategories = MentionCategoryFields(typeColumn: typeColumn, json: mentionsJSON)
  }

  /// The output of `document`. `cachePayload`, when given, must be the encoded analysis the
  /// document was decoded from (see `AnalysisCacheReader.payload(for:)`); it is reused as is.
  /// - Complexity: O(size of the document's rows).
  package func format(_ document: AnalyzedDocument, cachePayload: [UInt8]? = nil)
    -> FormattedDocument
  {
    scratchPool.withScratch { scratch in
      let ends = format(document, cachePayload: cachePayload, into: scratch)
      return FormattedDocument(
        bytes: scratch.takeParts(), partEnds: ends, mentionRows: document.mentions.count,
        dateRows: document.dates.count, status: document.source.status,
        sourceByteCount: document.source.byteCount, tally: MentionTally(document.mentions))
    }
  }

  /// Formats the parts of `document` back to back into `scratch.parts`; returns their ends.
  private func format(
    _ document: AnalyzedDocument, cachePayload: [UInt8]?, into scratch: FormattingScratch
  )
    -> [Int]
  {
    let docID = document.source.docID
    var ends: [Int] = []
    ends.reserveCapacity(FormattedDocument.Part.allCases.count)

    let documentRow = TableRows.document(document)
    csv.append(documentRow, to: &scratch.parts)
    ends.append(scratch.parts.count)
    documentsJSON.append(documentRow, to: &scratch.parts)
    ends.append(scratch.parts.count)

    let mentionStart = RowStart(docID: docID, json: mentionsJSON)
    for record in document.mentions {
      Self.appendMentionRow(
        record, start: mentionStart, json: mentionsJSON, categories: mentionCategories,
        csv: &scratch.parts, json: &scratch.json)
    }
    Self.move(&scratch.json, to: &scratch.parts, ends: &ends)

    let dateStart = RowStart(docID: docID, json: datesJSON)
    for record in document.dates {
      Self.appendDateRow(
        record, start: dateStart, json: datesJSON, csv: &scratch.parts, json: &scratch.json)
    }
    Self.move(&scratch.json, to: &scratch.parts, ends: &ends)

    if document.source.status == .ok {
      AnalysisCacheWriter.appendEntry(for: document, payload: cachePayload, to: &scratch.cache)
      scratch.cache.withUnsafeBytes { scratch.parts.append($0) }
    }
    ends.append(scratch.parts.count)
    return ends
  }

  /// Ends the CSV part in `buffer`, appends the JSONL part held in `json` and ends it too, and
  /// empties `json`.
  private static func move(_ json: inout ByteBuffer, to buffer: inout ByteBuffer, ends: inout [Int])
  {
    ends.append(buffer.count)
    json.withUnsafeBytes { buffer.append($0.assumingMemoryBound(to: UInt8.self)) }
    ends.append(buffer.count)
    json.removeAll()
  }
}
