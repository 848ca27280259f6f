import Extract
import Transform

/// Analyzed documents with every kind of value the tables hold: quotes, commas, line breaks,
/// umlauts, control characters, missing dates, skipped and failed files.
enum AnalyzedDocumentFixture {
  /// One mention record.
  static func mention(
    _ surface: String, _ entityID: String, canonical: String, type: EntityType = .person,
    form: MentionForm = .name, method: MentionMethod = .gazetteer, how: MatchMethod = .exact,
    confidence: Double = 0.9, at start: Int = 0
  ) -> MentionRecord {
    MentionRecord(
      sentence: start / 40, start: start, end: start + surface.unicodeScalars.count,
      surface: surface,
      mention: EntityMention(
        start: start * 4, end: start * 4 + surface.utf8.count, entityID: entityID,
        canonicalName: canonical,
        type: type, form: form, method: method, how: how, confidence: confidence,
        inCompound: start % 3 == 0))
  }

  /// One date record.
  static func date(
    _ surface: String, value: String, from start: String?, to end: String?, at offset: Int
  ) -> DateRecord {
    DateRecord(
      sentence: 1, start: offset, end: offset + surface.unicodeScalars.count, surface: surface,
      date: DateMention(
        start: 1000 + offset * 2, end: 1000 + offset * 2 + surface.utf8.count, value: value,
        mod: offset % 2 == 0 ? "" : "START",
        granularity: "day", kind: "date", anchor: "document_date",
        rangeStart: start.flatMap { CalendarDay(iso: $0) },
        rangeEnd: end.flatMap { CalendarDay(iso: $0) }))
  }

  /// `document` with a text that holds each mention's and date's surface at its byte offsets
  /// (spaces elsewhere), as a tagged document's text does; the cache stores no surfaces.
  static func withText(_ document: AnalyzedDocument) -> AnalyzedDocument {
    var document = document
    let spans =
      document.mentions.map { ($0.mention.start, $0.surface) }
      + document.dates.map { ($0.date.start, $0.surface) }
    var text = [UInt8](repeating: 0x20, count: spans.map { $0.0 + $0.1.utf8.count }.max() ?? 0)
    for (start, surface) in spans {
      text.replaceSubrange(start..<(start + surface.utf8.count), with: Array(surface.utf8))
    }
    document.source.text = text
    return document
  }

  /// Several documents of a run, in path order.
  static let documents: [AnalyzedDocument] = {
    var first = AnalyzedDocument(
      untagged: SourceDocument(
        docID: "0a1b2c3d4e5f6071", path: "a/erster \"Bericht\", Teil 1.txt", byteCount: 2345,
        sha256: String(repeating: "ab", count: 32), encoding: .utf8,
        warnings: ["NUL bytes removed", "metadata row 3: bad date"],
        metadata: DocumentMetadata(
          published: "2024-03-01", source: "Tagesschau", url: "https://example.org/a?b=1,2"),
        header: DocumentHeader(title: "Grüße aus\nKiew")))
    first.sentenceCount = 12
    first.tokenCount = 321
    first.documentDate = "2024-03-01"
    first.documentDateSource = "metadata"
    first.mentions = [
      mention("Putin", "vladimir_putin", canonical: "Vladimir Putin", confidence: 1, at: 3),
      mention(
        "Putins", "vladimir_putin", canonical: "Vladimir Putin", how: .inflection,
        confidence: 0.85, at: 40),
      mention(
        "russische", "russia", canonical: "Russia", type: .location, form: .adjective,
        how: .adjective, at: 51),
      mention(
        "Putin", "vladimir_putin", canonical: "Vladimir Putin", method: .coreference,
        how: .partial,
        confidence: 0.7, at: 90),
      mention(
        "\"Wagner\", Gruppe", "x_wagner", canonical: "Wagner", type: .organization,
        method: .pattern,
        how: .unknown, confidence: 0.6000000000000001, at: 120),
      mention(
        "Tab\there", "x_tab", canonical: "Tab\u{1}here", type: .organization, method: .pattern,
        how: .unknown, confidence: 1e-05, at: 150),
    ]
    first.dates = [
      date("am 3. März", value: "2024-03-03", from: "2024-03-03", to: "2024-03-03", at: 10),
      date("im Frühjahr", value: "2024-SP", from: nil, to: nil, at: 61),
      date("\"damals\"", value: "PAST_REF", from: nil, to: "2024-02-29", at: 77),
    ]

    var second = AnalyzedDocument(
      untagged: SourceDocument(
        docID: "1111222233334444", path: "b/zweiter.txt", byteCount: 99,
        sha256: String(repeating: "0f", count: 32),
        encoding: .windows1252, header: DocumentHeader(title: "Zweiter", source: "Quelle: dpa")))
    second.sentenceCount = 2
    second.tokenCount = 17
    second.documentDate = "2023-11-05"
    second.documentDateSource = "dateline"
    second.mentions = [
      mention(
        "Wladimir Putin", "vladimir_putin", canonical: "Wladimir Putin (other)", method: .variant,
        how: .variant, confidence: 0.75, at: 0),
      mention("Russland", "russia", canonical: "Russia", type: .location, at: 20),
      mention("Russland", "russia", canonical: "Russia", type: .location, how: .alias, at: 30),
      mention("Putin", "vladimir_putin", canonical: "Vladimir Putin", how: .inflection, at: 35),
    ]

    let skipped = AnalyzedDocument(
      untagged: SourceDocument(
        docID: "5555666677778888", path: "c/leer.txt", byteCount: 0, status: .skipped,
        error: "empty file"))
    let failed = AnalyzedDocument(
      untagged: SourceDocument(
        docID: "9999aaaabbbbcccc", path: "c/kaputt.txt", byteCount: 12, status: .error,
        error: "invalid UTF-16, \"odd\" length"))

    var third = AnalyzedDocument(
      untagged: SourceDocument(
        docID: "ddddeeeeffff0000", path: "d/dritter.txt", byteCount: 10, sha256: "cd"))
    third.documentDate = "XXXX-05-20"
    third.documentDateSource = "header"
    third.mentions = [
      mention(
        "Russland", "russia", canonical: "Russland", type: .location, method: .variant,
        how: .variant, at: 2),
      mention(
        "OVKS", "csto", canonical: "CSTO", type: .organization, method: .acronym, how: .exact,
        at: 5),
    ]
    return [first, second, failed, skipped, third].map(withText)
  }()
}
