import Extract
import Testing
import Transform

@testable import Load

@Suite struct AnalysisCodecTests {
  /// A document whose one date covers `start…end`.
  private func document(_ start: CalendarDay?, _ end: CalendarDay?) -> AnalyzedDocument {
    var document = AnalyzedDocumentFixture.documents[1]
    document.dates = [
      DateRecord(
        sentence: 0, start: 0, end: 5, surface: "damals",
        date: DateMention(
          start: 500, end: 506, value: "PAST_REF", mod: "", granularity: "", kind: "date",
          anchor: "none", rangeStart: start, rangeEnd: end))
    ]
    return AnalyzedDocumentFixture.withText(document)
  }

  /// The date of `document(start, end)`, encoded and decoded again.
  private func roundTrip(_ start: CalendarDay?, _ end: CalendarDay?) throws -> DateMention {
    let document = document(start, end)
    var encoder = CacheEncoder()
    AnalysisCodec.encode(document, into: &encoder)
    var decoder = CacheDecoder(encoder.bytes)
    let decoded = try AnalysisCodec.decode(&decoder, source: document.source)
    #expect(decoder.offset == encoder.bytes.count)
    #expect(decoded.mentions == document.mentions)
    return try #require(decoded.dates.first).date
  }

  /// Range days are stored as day numbers: before and after 1970, at the ends of four-digit
  /// years, and absent.
  @Test(arguments: [
    (5, 1, 9), (1969, 12, 31), (1970, 1, 1), (1970, 1, 2), (2024, 2, 29), (9999, 12, 31),
  ])
  func rangeDaysSurviveTheCache(year: Int, month: Int, day: Int) throws {
    let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
    let decoded = try roundTrip(calendarDay, nil)
    #expect(decoded.rangeStart == calendarDay && decoded.rangeEnd == nil)
    let reversed = try roundTrip(nil, calendarDay)
    #expect(reversed.rangeStart == nil && reversed.rangeEnd == calendarDay)
  }

  @Test func aDayFarOutOfRangeIsCorrupt() {
    let document = document(nil, nil)
    var encoder = CacheEncoder()
    AnalysisCodec.encode(document, into: &encoder)
    var bytes = encoder.bytes
    // Replace the date's range end (the last byte, 0 for none) with a huge day number.
    bytes.removeLast()
    var huge = CacheEncoder()
    huge.varint(1 << 40)
    bytes += huge.bytes
    var decoder = CacheDecoder(bytes)
    #expect(throws: CacheDecoder.Corrupt.self) {
      _ = try AnalysisCodec.decode(&decoder, source: document.source)
    }
  }

  /// Surfaces are not stored but taken from the text at their byte offsets: a cached document
  /// decodes to the same records, and offsets past the end of its text are corrupt.
  @Test func surfacesComeFromTheText() throws {
    let document = AnalyzedDocumentFixture.documents[0]
    var encoder = CacheEncoder()
    AnalysisCodec.encode(document, into: &encoder)
    var decoder = CacheDecoder(encoder.bytes)
    let decoded = try AnalysisCodec.decode(&decoder, source: document.source)
    #expect(decoded.mentions == document.mentions)
    #expect(decoded.dates == document.dates)
    #expect(decoded.mentions.map(\.surface).contains("\"Wagner\", Gruppe"))
    var shortened = document.source
    shortened.text.removeLast()
    var again = CacheDecoder(encoder.bytes)
    #expect(throws: CacheDecoder.Corrupt.self) {
      _ = try AnalysisCodec.decode(&again, source: shortened)
    }
  }
}
