/// One sentence: its byte range and the range of its tokens in the document's token array.
package struct Sentence: Sendable, Equatable {
  /// The first byte of the sentence's first token.
  package var start: Int
  /// One past the last byte of its last token.
  package var end: Int
  /// Indices into `SegmentedText.tokens`.
  package var tokens: Range<Int>

  /// Creates a sentence.
  package init(start: Int, end: Int, tokens: Range<Int>) {
    self.start = start
    self.end = end
    self.tokens = tokens
  }
}
