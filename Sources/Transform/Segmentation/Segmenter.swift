/// Splits German news text into tokens and sentences over UTF-8 bytes.
///
/// Tokens: words are letters and digits joined by inner hyphens and apostrophes (`OVKS-Gipfel`,
/// `Kassym-Schomart`, `G7`); numbers are digits joined by inner `.`/`,` (`11.000`, `7.11.2023`);
/// every other non-space scalar is a punctuation token of its own.
///
/// Sentences end at `.`, `!`, `?`, `…` (and closing quotes or brackets after them) when the next
/// token starts a new sentence, and at every line break that is not followed by a lowercase
/// continuation (scraped articles put headlines, captions and credits on lines of their own).
/// A period does not end a sentence after an abbreviation from the lexicon, after a single letter
/// (`W. Putin`, `z. B.`) or after a number of at most three digits (`27. Nov`, `die 102. Basis`).
package struct Segmenter: Sendable {
  /// Words after which a period is not a sentence end, by their UTF-8 bytes: looked up in the
  /// text's own bytes, without building an array and hashing it for every period.
  private let abbreviations: ByteKeyIndex

  /// Creates a segmenter with the abbreviations from the lexicon (without final periods).
  package init(abbreviations: some Sequence<String>) {
    var index = ByteKeyIndex()
    for abbreviation in abbreviations {
      _ = Array(abbreviation.utf8).withUnsafeBufferPointer { index.add($0) }
    }
    self.abbreviations = index
  }

  /// Segments `text`.
  /// - Complexity: O(n) in the number of bytes.
  package func segment(_ text: [UInt8]) -> SegmentedText {
    let tokens = Tokenizer.tokens(in: text)
    var sentences: [Sentence] = []
    // About one sentence per 15 tokens in news text: room for most without growing.
    sentences.reserveCapacity(tokens.count / 12 + 1)
    var first = 0
    for index in tokens.indices {
      // Most tokens are words followed by one space: no sentence ends there (only punctuation
      // and line breaks end one), so the full test is skipped.
      if index + 1 < tokens.count, tokens[index].kind != .punctuation,
        tokens[index + 1].start == tokens[index].end + 1, text[tokens[index].end] == 0x20
      {
        continue
      }
      if endsSentence(after: index, tokens: tokens, text: text) {
        sentences.append(
          Sentence(start: tokens[first].start, end: tokens[index].end, tokens: first..<index + 1))
        first = index + 1
      }
    }
    if first < tokens.count {
      sentences.append(
        Sentence(
          start: tokens[first].start, end: tokens[tokens.count - 1].end,
          tokens: first..<tokens.count))
    }
    return SegmentedText(text: text, tokens: tokens, sentences: sentences)
  }

  private func endsSentence(after index: Int, tokens: [Token], text: [UInt8]) -> Bool {
    guard index + 1 < tokens.count else { return true }
    let token = tokens[index]
    let next = tokens[index + 1]
    if containsLineBreak(text, from: token.end, to: next.start) {
      return !(next.kind == .word && isLowercaseStart(text, next.start))
    }
    guard token.kind == .punctuation else { return false }
    let byte = text[token.start]
    let isTerminal =
      byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || (token.end - token.start == 3 && text[token.start] == 0xE2 && text[token.start + 1] == 0x80
        && text[token.start + 2] == 0xA6)
    if !isTerminal {
      // A closing quote or bracket right after a terminal sign ends the sentence instead of it.
      guard index > 0, isClosing(text, token), isTerminalSign(text, tokens[index - 1]) else {
        return false
      }
      return startsSentence(next, text: text)
    }
    if isClosing(text, next) || isTerminalSign(text, next) { return false }
    if byte == UInt8(ascii: "."), index > 0, tokens[index - 1].end == token.start,
      isAbbreviation(tokens[index - 1], text: text)
    {
      return false
    }
    return startsSentence(next, text: text)
  }

  private func isAbbreviation(_ token: Token, text: [UInt8]) -> Bool {
    let length = token.end - token.start
    switch token.kind {
    case .number: return length <= 3
    case .word:
      if length == 1 || (length == 2 && text[token.start] >= 0xC0) { return true }
      return text.withUnsafeBufferPointer { whole in
        abbreviations.number(of: UnsafeBufferPointer(rebasing: whole[token.start..<token.end]))
          != nil
      }
    case .punctuation: return false
    }
  }

  private func startsSentence(_ token: Token, text: [UInt8]) -> Bool {
    switch token.kind {
    case .word: return CharacterClass.startsUppercase(text, at: token.start)
    case .number: return true
    case .punctuation: return isOpening(text, token)
    }
  }

  private func isLowercaseStart(_ text: [UInt8], _ index: Int) -> Bool {
    let (value, _) = CharacterClass.scalar(in: text, at: index)
    return Unicode.Scalar(value)?.properties.isLowercase ?? false
  }

  private func containsLineBreak(_ text: [UInt8], from: Int, to: Int) -> Bool {
    var index = from
    while index < to {
      if text[index] == 0x0A || text[index] == 0x0D { return true }
      index += 1
    }
    return false
  }

  private func isTerminalSign(_ text: [UInt8], _ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    let byte = text[token.start]
    return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  /// `"`, `)`, `“` (U+201C, the German closing quote), `”`, `’`, `«`, `»`.
  private func isClosing(_ text: [UInt8], _ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    let (value, _) = CharacterClass.scalar(in: text, at: token.start)
    return [0x22, 0x27, 0x29, 0x5D, 0x201C, 0x201D, 0x2019, 0xAB, 0xBB].contains(value)
  }

  /// `„` (U+201E), `"`, `(`, `‚`, `»`, `«`, `•` and dashes of bullet lists.
  private func isOpening(_ text: [UInt8], _ token: Token) -> Bool {
    let (value, _) = CharacterClass.scalar(in: text, at: token.start)
    return [0x22, 0x28, 0x201E, 0x201A, 0xBB, 0xAB, 0x2022, 0x2013, 0x2014, 0x5B].contains(value)
  }
}
