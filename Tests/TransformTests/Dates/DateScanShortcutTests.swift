import Testing

@testable import Transform

/// `DateScan.run` parses a core only where `mayStartCore` says one can start; this checks, over
/// every sentence of the date tables, that it never says no where `parseCore` would have found
/// one, and that it does skip tokens.
@Suite("DateScan: the shortcut before the core rules")
struct DateScanShortcutTests {
  /// Every sentence of the date test tables.
  static let sentences: [String] =
    (DateTaggerCalendarTests.absolute + DateTaggerPartsTests.cases
    + DateTaggerRelativeTests.resolved + DateTaggerRelativeTests.unresolved
    + DateTaggerVagueTests.cases + DateTaggerHolidayTests.cases).map(\.text)
    + DateTaggerCalendarTests.ranges.map(\.0)

  /// The scan of `text` with a document date.
  private func scan(_ text: String) -> DateScan {
    let utf8 = Array(text.utf8)
    let tokens = utf8.withUnsafeBufferPointer { DateTokenizer.tokens($0) }
    return DateScan(tokens: tokens, text: utf8, dct: CalendarDay(iso: "2025-07-04"))
  }

  @Test func mayStartCoreHoldsWhereverACoreParses() {
    var parsed = 0
    var skipped = 0
    for text in Self.sentences {
      let scan = scan(text)
      for j in 0...scan.tokens.count {
        let may = scan.mayStartCore(at: j)
        if scan.parseCore(at: j, prefix: DateScan.Prefix(first: j)) != nil {
          parsed += 1
          #expect(may, "\(text) token \(j)")
        }
        if !may { skipped += 1 }
      }
    }
    #expect(parsed > 100 && skipped > 500, "parsed \(parsed), skipped \(skipped)")
  }
}
