/// A document's text split into tokens and sentences.
package struct SegmentedText: Sendable {
  /// The UTF-8 text the offsets point into.
  package var text: [UInt8]
  /// All tokens in text order.
  package var tokens: [Token]
  /// All sentences in text order; together they cover every token exactly once.
  package var sentences: [Sentence]

  /// Creates segmented text.
  package init(text: [UInt8], tokens: [Token], sentences: [Sentence]) {
    self.text = text
    self.tokens = tokens
    self.sentences = sentences
  }

  /// The token's text.
  package func string(_ token: Token) -> String {
    String(decoding: text[token.start..<token.end], as: UTF8.self)
  }

  /// The index of the sentence that contains byte `offset` (binary search).
  /// - Complexity: O(log n) in the number of sentences.
  package func sentenceIndex(containing offset: Int) -> Int {
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
    }
    return min(low, max(sentences.count - 1, 0))
  }

  /// `sentenceIndex(containing:)` for an offset that lies at or after the start of sentence
  /// `hint` (the answer for an earlier offset): walks on from there, so offsets asked in text
  /// order cost O(1) each, amortized; any other offset is searched for.
  package func sentenceIndex(containing offset: Int, from hint: Int) -> Int {
    guard hint >= 0, hint < sentences.count, hint == 0 || sentences[hint - 1].end <= offset else {
      return sentenceIndex(containing: offset)
    }
    var index = hint
    while index < sentences.count - 1 && sentences[index].end <= offset { index += 1 }
    return index
  }
}
