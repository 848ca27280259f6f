import Extract
import Transform

/// The rows of `documents`, `mentions` and `dates` for one analyzed document, in schema order.
package enum TableRows {
  /// The `documents` row.
  package static func document(_ document: AnalyzedDocument) -> [FieldValue] {
    let source = document.source
    let published =
      source.metadata.published
      ?? (["header", "dateline"].contains(document.documentDateSource)
        && !document.documentDate.hasPrefix("X")
        ? document.documentDate : nil)
    return [
      .string(source.docID), .string(source.path), .string(source.sha256),
      .integer(source.byteCount),
      .string(source.encoding?.rawValue ?? ""), .string(source.title), optional(published),
      .string(source.status.rawValue), .string(source.error), .integer(document.sentenceCount),
      .integer(document.tokenCount), .integer(document.mentions.count),
      .integer(document.dates.count),
      .string(source.source), .string(source.metadata.url ?? ""), .string(document.documentDate),
      .string(document.documentDateSource), .string(source.warnings.joined(separator: " | ")),
    ]
  }

  /// The `mentions` row.
  package static func mention(_ record: MentionRecord, docID: String) -> [FieldValue] {
    let mention = record.mention
    return [
      .string(docID), .integer(record.sentence), .integer(record.start), .integer(record.end),
      .string(record.surface), .string(mention.entityID), .string(mention.canonicalName),
      .string(mention.type.rawValue), .string(mention.form.rawValue),
      .string(mention.method.rawValue),
      .string(mention.how.rawValue), .number(mention.confidence), .boolean(mention.inCompound),
    ]
  }

  /// The `dates` row.
  package static func date(_ record: DateRecord, docID: String) -> [FieldValue] {
    let date = record.date
    return [
      .string(docID), .integer(record.sentence), .integer(record.start), .integer(record.end),
      .string(record.surface), .string(date.value), .string(date.mod), .string(date.granularity),
      optional(date.rangeStart?.description), optional(date.rangeEnd?.description),
      .string(date.kind),
      .string(date.anchor),
    ]
  }

  private static func optional(_ text: String?) -> FieldValue {
    text.map { .string($0) } ?? .null
  }
}
