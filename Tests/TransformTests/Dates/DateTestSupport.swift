import Testing

@testable import Transform

/// One row of a date table: a sentence, the expected span and the expected normalisation.
struct DateCase: Sendable, CustomTestStringConvertible {
  /// The sentence to tag.
  let text: String
  /// The exact expected span text (its first occurrence in `text`).
  let surface: String
  /// `value mod granularity kind rangeStart rangeEnd`, `_` for an empty field.
  let expected: String
  /// The document date, if any.
  let dct: String?

  init(_ text: String, _ surface: String, _ expected: String, dct: String? = "2025-07-04") {
    self.text = text
    self.surface = surface
    self.expected = expected
    self.dct = dct
  }

  var testDescription: String { "\(surface) [\(dct ?? "no DCT")]" }
}

/// Tags `text` against the document date `dct` (ISO), `nil` for none.
func tagDates(_ text: String, dct: String?) -> [DateMention] {
  DateTagger().tag(Array(text.utf8), documentDate: dct.flatMap { CalendarDay(iso: $0) })
}

/// The text of `m` in `text`.
func dateSurface(of m: DateMention, in text: String) -> String {
  String(decoding: Array(text.utf8)[m.start..<m.end], as: UTF8.self)
}

/// `m` as `value mod granularity kind rangeStart rangeEnd`, `_` for empty fields.
func dateSummary(_ m: DateMention) -> String {
  [
    m.value, m.mod, m.granularity, m.kind, m.rangeStart?.description ?? "",
    m.rangeEnd?.description ?? "",
  ].map { $0.isEmpty ? "_" : $0 }.joined(separator: " ")
}

/// Checks that `c.text` has a mention spanning exactly `c.surface` with the expected fields.
func checkDate(_ c: DateCase, anchor: String? = nil) throws {
  let mentions = tagDates(c.text, dct: c.dct)
  let found = mentions.first { dateSurface(of: $0, in: c.text) == c.surface }
  let m = try #require(
    found, "no mention '\(c.surface)'; got \(mentions.map { dateSurface(of: $0, in: c.text) })")
  #expect(dateSummary(m) == c.expected)
  if let anchor { #expect(m.anchor == anchor) }
}
