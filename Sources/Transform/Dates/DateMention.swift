/// One date expression found in a text, with its TIMEX3-style normalisation.
///
/// `start`/`end` are UTF-8 byte offsets into the tagged text (`end` exclusive); the caller
/// converts them to code-point offsets for output.
package struct DateMention: Sendable, Equatable {
  /// Byte offset of the first byte of the expression (prepositions such as `am`/`im` included).
  package var start: Int
  /// Byte offset just past the last byte of the expression.
  package var end: Int
  /// The TIMEX3 value: `2021-08`, `2024-FA`, `199`, `2025-W26`, `P3Y`, `PAST_REF`, `XXXX-05-20`, …
  package var value: String
  /// The TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `ON_OR_AFTER`, …) or empty.
  package var mod: String
  /// `day`, `week`, `month`, `quarter`, `half`, `season`, `year`, `decade`, `century`, or empty.
  package var granularity: String
  /// `date`, `duration`, `set` or `reference`.
  package var kind: String
  /// `absolute` (the text names the year), `document_date` (resolved against the DCT) or `none`.
  package var anchor: String
  /// The first day the expression covers (after narrowing by `mod`), `nil` when unknown.
  package var rangeStart: CalendarDay?
  /// The last day the expression covers (after narrowing by `mod`), `nil` when unknown.
  package var rangeEnd: CalendarDay?

  /// Creates a mention from its fields.
  package init(
    start: Int, end: Int, value: String, mod: String, granularity: String, kind: String,
    anchor: String, rangeStart: CalendarDay?, rangeEnd: CalendarDay?
  ) {
    self.start = start
    self.end = end
    self.value = value
    self.mod = mod
    self.granularity = granularity
    self.kind = kind
    self.anchor = anchor
    self.rangeStart = rangeStart
    self.rangeEnd = rangeEnd
  }
}
