/// Finds German date expressions in UTF-8 text and normalises them to TIMEX3 values.
///
/// Underspecified expressions (`am Donnerstag`, `im Januar`, `gestern`) are resolved against
/// the document date; without one they keep their unknown parts (`XXXX-05-20`, anchor `none`)
/// and are never resolved against today.
package struct DateTagger: Sendable {
  /// Creates a tagger (the vocabulary is shared and built once).
  package init() {}

  /// The date mentions of `utf8`, sorted by start, without overlaps.
  /// - Parameters:
  ///   - utf8: the text as UTF-8 bytes; offsets in the result are byte offsets into it.
  ///   - documentDate: the document creation time (DCT) relative expressions resolve against.
  /// - Complexity: O(n) in the byte count.
  package func tag(_ utf8: [UInt8], documentDate: CalendarDay?) -> [DateMention] {
    let tokens = utf8.withUnsafeBufferPointer { DateTokenizer.tokens($0) }
    var scan = DateScan(tokens: tokens, text: utf8, dct: documentDate)
    scan.run()
    return scan.mentions
  }
}
