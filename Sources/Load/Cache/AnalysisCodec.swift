import Extract
import Transform

/// Encodes what Transform found in a document (everything but the source facts, which are read
/// afresh each run) for the analysis cache.
enum AnalysisCodec {
  /// The tagged part of `document`.
  static func encode(_ document: AnalyzedDocument, into encoder: inout CacheEncoder) {
    encoder.integer(document.sentenceCount)
    encoder.integer(document.tokenCount)
    encoder.string(document.documentDate)
    encoder.string(document.documentDateSource)
    encoder.integer(document.mentions.count)
    for record in document.mentions {
      let mention = record.mention
      // One call per value: an array literal here would allocate twice per mention.
      encoder.integer(record.sentence)
      encoder.integer(record.start)
      encoder.integer(record.end)
      encoder.integer(mention.start)
      encoder.integer(mention.end)
      encoder.string(record.surface)
      encoder.string(mention.entityID)
      encoder.string(mention.canonicalName)
      encoder.string(mention.type.rawValue)
      encoder.string(mention.form.rawValue)
      encoder.string(mention.method)
      encoder.string(mention.how)
      encoder.number(mention.confidence)
      encoder.boolean(mention.inCompound)
    }
    encoder.integer(document.dates.count)
    for record in document.dates {
      let date = record.date
      encoder.integer(record.sentence)
      encoder.integer(record.start)
      encoder.integer(record.end)
      encoder.integer(date.start)
      encoder.integer(date.end)
      encoder.string(record.surface)
      encoder.string(date.value)
      encoder.string(date.mod)
      encoder.string(date.granularity)
      encoder.string(date.kind)
      encoder.string(date.anchor)
      encoder.string(date.rangeStart?.description ?? "")
      encoder.string(date.rangeEnd?.description ?? "")
    }
  }

  /// `source` with the tagged part decoded from `decoder`.
  static func decode(_ decoder: inout CacheDecoder, source: SourceDocument) throws(CacheDecoder
    .Corrupt)
    -> AnalyzedDocument
  {
    var document = AnalyzedDocument(untagged: source)
    document.sentenceCount = try decoder.integer()
    document.tokenCount = try decoder.integer()
    document.documentDate = try decoder.string()
    document.documentDateSource = try decoder.string()
    let mentionCount = try decoder.integer()
    guard (0...10_000_000).contains(mentionCount) else { throw CacheDecoder.Corrupt() }
    for _ in 0..<mentionCount {
      let sentence = try decoder.integer()
      let start = try decoder.integer()
      let end = try decoder.integer()
      let byteStart = try decoder.integer()
      let byteEnd = try decoder.integer()
      let surface = try decoder.string()
      let entityID = try decoder.string()
      let canonical = try decoder.string()
      guard let type = EntityType(rawValue: try decoder.string()),
        let form = MentionForm(rawValue: try decoder.string())
      else { throw CacheDecoder.Corrupt() }
      let method = try decoder.string()
      let how = try decoder.string()
      let mention = EntityMention(
        start: byteStart, end: byteEnd, entityID: entityID, canonicalName: canonical, type: type,
        form: form,
        method: method, how: how, confidence: try decoder.number(),
        inCompound: try decoder.boolean())
      document.mentions.append(
        MentionRecord(
          sentence: sentence, start: start, end: end, surface: surface, mention: mention))
    }
    let dateCount = try decoder.integer()
    guard (0...10_000_000).contains(dateCount) else { throw CacheDecoder.Corrupt() }
    for _ in 0..<dateCount {
      let sentence = try decoder.integer()
      let start = try decoder.integer()
      let end = try decoder.integer()
      let byteStart = try decoder.integer()
      let byteEnd = try decoder.integer()
      let surface = try decoder.string()
      let value = try decoder.string()
      let mod = try decoder.string()
      let granularity = try decoder.string()
      let kind = try decoder.string()
      let anchor = try decoder.string()
      let rangeStart = CalendarDay(iso: try decoder.string())
      let rangeEnd = CalendarDay(iso: try decoder.string())
      let date = DateMention(
        start: byteStart, end: byteEnd, value: value, mod: mod, granularity: granularity,
        kind: kind,
        anchor: anchor, rangeStart: rangeStart, rangeEnd: rangeEnd)
      document.dates.append(
        DateRecord(sentence: sentence, start: start, end: end, surface: surface, date: date))
    }
    return document
  }
}
