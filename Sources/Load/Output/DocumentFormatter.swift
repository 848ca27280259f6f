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
      let ranges = format(
        document, cachePayload: cachePayload, parts: &scratch.parts, json: &scratch.json,
        cache: &scratch.cache)
      return FormattedDocument(
        bytes: scratch.takeParts(), json: scratch.takeJSON(), partRanges: ranges,
        mentionRows: document.mentions.count,
        dateRows: document.dates.count, status: document.source.status,
        sourceByteCount: document.source.byteCount, tally: MentionTally(document.mentions))
    }
  }

  /// Formats the parts of `document` into a scratch's buffers: the JSONL rows of `mentions` and
  /// `dates` back to back into `json`, the others into `parts`, the cache entry through `cache`.
  /// Returns each part's range in its buffer, in `Part` order. The buffers are passed in, not
  /// the scratch, so that each is accessed once per document rather than once per row.
  private func format(
    _ document: AnalyzedDocument, cachePayload: [UInt8]?, parts: inout ByteBuffer,
    json: inout ByteBuffer, cache: inout CacheEncoder
  )
    -> FormattedDocument.PartRanges
  {
    let docID = document.source.docID
    var ranges = FormattedDocument.PartRanges(repeating: 0..<0)
    func mark(_ part: FormattedDocument.Part, _ range: Range<Int>) { ranges[part.rawValue] = range }

    let documentRow = TableRows.document(document)
    csv.append(documentRow, to: &parts)
    let documentCSVEnd = parts.count
    mark(.documentsCSV, 0..<documentCSVEnd)
    documentsJSON.append(documentRow, to: &parts)
    mark(.documentsJSONL, documentCSVEnd..<parts.count)

    var csvStart = parts.count
    let mentionStart = RowStart(docID: docID, json: mentionsJSON)
    for record in document.mentions {
      Self.appendMentionRow(
        record, start: mentionStart, json: mentionsJSON, categories: mentionCategories,
        csv: &parts, json: &json)
    }
    mark(.mentionsCSV, csvStart..<parts.count)
    mark(.mentionsJSONL, 0..<json.count)

    csvStart = parts.count
    let jsonStart = json.count
    let dateStart = RowStart(docID: docID, json: datesJSON)
    for record in document.dates {
      Self.appendDateRow(
        record, start: dateStart, json: datesJSON, csv: &parts, json: &json)
    }
    mark(.datesCSV, csvStart..<parts.count)
    mark(.datesJSONL, jsonStart..<json.count)

    let cacheStart = parts.count
    if document.source.status == .ok {
      // Encoded straight after the rows in `parts` (the encoder lends it its buffer), rather
      // than into a buffer of its own and copied.
      cache.swapBuffer(with: &parts)
      AnalysisCacheWriter.appendEntry(for: document, payload: cachePayload, to: &cache)
      cache.swapBuffer(with: &parts)
    }
    mark(.cacheEntry, cacheStart..<parts.count)
    return ranges
  }
}
