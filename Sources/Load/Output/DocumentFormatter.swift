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
  private let mentionsJSON: JSONLineFormatter
  /// Formats the `dates` JSONL rows.
  private let datesJSON: JSONLineFormatter

  /// Creates a formatter for tables written with `options`.
  package init(options: CSVOptions) {
    csv = CSVRowFormatter(options: options)
    documentsJSON = JSONLineFormatter(fieldNames: OutputSchemas.documents.fieldNames)
    mentionsJSON = JSONLineFormatter(fieldNames: OutputSchemas.mentions.fieldNames)
    datesJSON = JSONLineFormatter(fieldNames: OutputSchemas.dates.fieldNames)
  }

  /// The output of `document`. `cachePayload`, when given, must be the encoded analysis the
  /// document was decoded from (see `AnalysisCacheReader.payload(for:)`); it is reused as is.
  /// - Complexity: O(size of the document's rows).
  package func format(_ document: AnalyzedDocument, cachePayload: [UInt8]? = nil) -> FormattedDocument {
    let docID = document.source.docID
    var buffer = ByteBuffer(capacity: 1024 + 512 * (document.mentions.count + document.dates.count))
    var json = ByteBuffer(capacity: 1024)
    var ends: [Int] = []
    ends.reserveCapacity(FormattedDocument.Part.allCases.count)

    let documentRow = TableRows.document(document)
    csv.append(documentRow, to: &buffer)
    ends.append(buffer.count)
    documentsJSON.append(documentRow, to: &buffer)
    ends.append(buffer.count)

    for record in document.mentions {
      let row = TableRows.mention(record, docID: docID)
      csv.append(row, to: &buffer)
      mentionsJSON.append(row, to: &json)
    }
    Self.move(&json, to: &buffer, ends: &ends)

    for record in document.dates {
      let row = TableRows.date(record, docID: docID)
      csv.append(row, to: &buffer)
      datesJSON.append(row, to: &json)
    }
    Self.move(&json, to: &buffer, ends: &ends)

    if document.source.status == .ok {
      buffer.append(AnalysisCacheWriter.entry(for: document, payload: cachePayload))
    }
    ends.append(buffer.count)

    return FormattedDocument(
      bytes: buffer.bytes, partEnds: ends, mentionRows: document.mentions.count,
      dateRows: document.dates.count, status: document.source.status,
      sourceByteCount: document.source.byteCount, tally: MentionTally(document.mentions))
  }

  /// Ends the CSV part in `buffer`, appends the JSONL part held in `json` and ends it too, and
  /// empties `json`.
  private static func move(_ json: inout ByteBuffer, to buffer: inout ByteBuffer, ends: inout [Int]) {
    ends.append(buffer.count)
    json.withUnsafeBytes { buffer.append($0.assumingMemoryBound(to: UInt8.self)) }
    ends.append(buffer.count)
    json.removeAll()
  }
}
