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
}
