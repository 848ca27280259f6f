import Testing

@testable import Transform

/// The token look-ups of `TaggingState` that the passes rely on.
@Suite struct TaggingStateTests {
  /// The state of `text` with the entity tagger fixture's lexicons.
  private func state(_ text: String) -> TaggingState {
    let segmented = Segmenter(abbreviations: []).segment(Array(text.utf8))
    return TaggingState(segmented, table: TokenFactsTable(), tagger: EntityTaggerTests.tagger)
  }

  @Test func exactlyCoveringFindsTheTokensOfAByteRangeOnTokenBounds() {
    // Tokens: Tigran(0..<6) Aliyev-Koch(7..<18) sagte(19..<24) .(24..<25)
    let state = state("Tigran Aliyev-Koch sagte.")
    #expect(state.tokens(exactlyCovering: 0, 18) == 0..<2)
    #expect(state.tokens(exactlyCovering: 7, 18) == 1..<2)
    #expect(state.tokens(exactlyCovering: 19, 25) == 2..<4)
    #expect(state.tokens(exactlyCovering: 0, 25) == 0..<4)
  }

  @Test func exactlyCoveringIsNilWhenAnEndFallsInsideOrBetweenTokens() {
    let state = state("Tigran Aliyev-Koch sagte.")
    #expect(state.tokens(exactlyCovering: 7, 13) == nil)  // `Aliyev` inside the compound
    #expect(state.tokens(exactlyCovering: 1, 6) == nil)
    #expect(state.tokens(exactlyCovering: 6, 18) == nil)  // starts on the space
    #expect(state.tokens(exactlyCovering: 0, 7) == nil)  // ends after the space
    #expect(state.tokens(exactlyCovering: 19, 26) == nil)  // past the text
    #expect(self.state("").tokens(exactlyCovering: 0, 0) == nil)
  }

  @Test func coveredTokensAreTheRangesOwnTokensUnlessDigitsStartOne() {
    // Hyphens, apostrophes (both), combining marks, no-break spaces, glued digits, compounds:
    // every range on token bounds whose tokens start with no digit tokenizes to the same words
    // on its own as inside the text. Around digits it need not (`1.2.3a`), which is why
    // coreference re-tokenizes such mentions.
    let text =
      "Anna-Lena O'Brien d’Ivoire Jose\u{0301} Ilia-Staats\u{00A0}G7 (Tigran) Aliyev-Koch, "
      + "sagte. 5G-Netz 1.2.3a"
    let bytes = Array(text.utf8)
    let state = state(text)
    var compared = 0
    for first in state.tokens.indices {
      for last in first..<state.tokens.count {
        let start = state.tokens[first].start
        let end = state.tokens[last].end
        guard let span = state.tokens(exactlyCovering: start, end) else {
          Issue.record("tokens \(first)...\(last) not found")
          continue
        }
        #expect(span == first..<(last + 1))
        guard !span.contains(where: { CharacterClass.isDigit(bytes[state.tokens[$0].start]) })
        else { continue }
        let own = Tokenizer.tokens(in: Array(bytes[start..<end])).map {
          Token(start: $0.start + start, end: $0.end + start, kind: $0.kind)
        }
        #expect(own == Array(state.tokens[span]), "\(start)..<\(end)")
        compared += 1
      }
    }
    #expect(compared == 93)  // 13 tokens before `5G-Netz` give 91 ranges, and its two lone periods
    // The case the digit test is for: alone, `1.2` is one number; in the text, three tokens.
    let digits = self.state("Anna 1.2.3a sagte")
    #expect(digits.tokens(exactlyCovering: 5, 8)?.count == 3)
    #expect(Tokenizer.tokens(in: Array("1.2".utf8)).count == 1)
  }
}
