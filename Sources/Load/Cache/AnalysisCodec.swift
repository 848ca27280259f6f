import Extract
import Transform

/// Encodes what Transform found in a document (everything but the source facts, which are read
/// afresh each run) for the analysis cache: integers and enumeration cases (by `ordinal`) as
/// varints, each distinct string once per document (`CacheStrings`). A surface is not stored:
/// it is the text between its byte offsets, and the cache is keyed by the file's bytes.
enum AnalysisCodec {
  /// The tagged part of `document`.
  static func encode(_ document: AnalyzedDocument, into encoder: inout CacheEncoder) {
    var strings = CacheStrings()
    encoder.varint(document.sentenceCount)
    encoder.varint(document.tokenCount)
    strings.write(document.documentDate, into: &encoder)
    strings.write(document.documentDateSource, into: &encoder)
    encoder.varint(document.mentions.count)
    for record in document.mentions {
      let mention = record.mention
      // One call per value: an array literal here would allocate twice per mention.
      encoder.varint(record.sentence)
      encoder.varint(record.start)
      encoder.varint(record.end)
      encoder.varint(mention.start)
      encoder.varint(mention.end)
      strings.write(mention.entityID, into: &encoder)
      strings.write(mention.canonicalName, into: &encoder)
      encoder.varint(mention.type.ordinal)
      encoder.varint(mention.form.ordinal)
      encoder.varint(mention.method.ordinal)
      encoder.varint(mention.how.ordinal)
      encoder.number(mention.confidence)
      encoder.boolean(mention.inCompound)
    }
    encoder.varint(document.dates.count)
    for record in document.dates {
      let date = record.date
      encoder.varint(record.sentence)
      encoder.varint(record.start)
      encoder.varint(record.end)
      encoder.varint(date.start)
      encoder.varint(date.end)
      strings.write(date.value, into: &encoder)
      strings.write(date.mod, into: &encoder)
      strings.write(date.granularity, into: &encoder)
      strings.write(date.kind, into: &encoder)
      strings.write(date.anchor, into: &encoder)
      day(date.rangeStart, into: &encoder)
      day(date.rangeEnd, into: &encoder)
    }
  }

  /// `source` with the tagged part decoded from `decoder`.
  static func decode(_ decoder: inout CacheDecoder, source: SourceDocument) throws(CacheDecoder
    .Corrupt)
    -> AnalyzedDocument
  {
    var document = AnalyzedDocument(untagged: source)
    var strings = CacheStrings()
    document.sentenceCount = try decoder.varint()
    document.tokenCount = try decoder.varint()
    document.documentDate = try strings.read(from: &decoder)
    document.documentDateSource = try strings.read(from: &decoder)
    let mentionCount = try decoder.varint()
    guard (0...10_000_000).contains(mentionCount) else { throw CacheDecoder.Corrupt() }
    for _ in 0..<mentionCount {
      let sentence = try decoder.varint()
      let start = try decoder.varint()
      let end = try decoder.varint()
      let byteStart = try decoder.varint()
      let byteEnd = try decoder.varint()
      let surface = try Self.surface(byteStart, byteEnd, in: source.text)
      let entityID = try strings.read(from: &decoder)
      let canonical = try strings.read(from: &decoder)
      guard let type = EntityType(ordinal: try decoder.varint()),
        let form = MentionForm(ordinal: try decoder.varint()),
        let method = MentionMethod(ordinal: try decoder.varint()),
        let how = MatchMethod(ordinal: try decoder.varint())
      else { throw CacheDecoder.Corrupt() }
      let mention = EntityMention(
        start: byteStart, end: byteEnd, entityID: entityID, canonicalName: canonical, type: type,
        form: form,
        method: method, how: how, confidence: try decoder.number(),
        inCompound: try decoder.boolean())
      document.mentions.append(
        MentionRecord(
          sentence: sentence, start: start, end: end, surface: surface, mention: mention))
    }
    let dateCount = try decoder.varint()
    guard (0...10_000_000).contains(dateCount) else { throw CacheDecoder.Corrupt() }
    for _ in 0..<dateCount {
      let sentence = try decoder.varint()
      let start = try decoder.varint()
      let end = try decoder.varint()
      let byteStart = try decoder.varint()
      let byteEnd = try decoder.varint()
      let surface = try Self.surface(byteStart, byteEnd, in: source.text)
      let value = try strings.read(from: &decoder)
      let mod = try strings.read(from: &decoder)
      let granularity = try strings.read(from: &decoder)
      let kind = try strings.read(from: &decoder)
      let anchor = try strings.read(from: &decoder)
      let rangeStart = try day(from: &decoder)
      let rangeEnd = try day(from: &decoder)
      let date = DateMention(
        start: byteStart, end: byteEnd, value: value, mod: mod, granularity: granularity,
        kind: kind,
        anchor: anchor, rangeStart: rangeStart, rangeEnd: rangeEnd)
      document.dates.append(
        DateRecord(sentence: sentence, start: start, end: end, surface: surface, date: date))
    }
    return document
  }

  /// The text between the byte offsets `start` and `end` of a mention or date, as
  /// `DocumentAnalyzer` makes its surface.
  private static func surface(_ start: Int, _ end: Int, in text: [UInt8]) throws(CacheDecoder
    .Corrupt) -> String
  {
    guard start <= end, end <= text.count else { throw CacheDecoder.Corrupt() }
    return String(decoding: text[start..<end], as: UTF8.self)
  }

  /// Writes a day as a varint: 0 for none, else its day number zigzagged, plus one.
  private static func day(_ day: CalendarDay?, into encoder: inout CacheEncoder) {
    guard let number = day?.dayNumber else { return encoder.varint(0) }
    encoder.varint((number >= 0 ? number << 1 : ~(number << 1)) + 1)
  }

  /// A day written by `day(_:into:)`.
  private static func day(from decoder: inout CacheDecoder) throws(CacheDecoder.Corrupt)
    -> CalendarDay?
  {
    let stored = try decoder.varint()
    guard stored > 0 else { return nil }
    let zigzag = stored - 1
    let number = zigzag & 1 == 0 ? zigzag >> 1 : ~(zigzag >> 1)
    // Some two and a half million years either way: more than any date the tagger writes, and
    // far from where the calendar arithmetic would overflow.
    guard (-1_000_000_000...1_000_000_000).contains(number) else { throw CacheDecoder.Corrupt() }
    return CalendarDay(dayNumber: number)
  }
}
