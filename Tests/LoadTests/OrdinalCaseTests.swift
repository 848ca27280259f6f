import Testing
import Transform

@testable import Load

/// `ordinal` reads a case's stored number; these check it is the case's place in `allCases`.
@Suite struct OrdinalCaseTests {
  private func positions<Value: OrdinalCase>(_: Value.Type) -> [Int] {
    Value.allCases.map(\.ordinal)
  }

  @Test func ordinalIsThePositionInAllCases() {
    #expect(positions(EntityType.self) == [0, 1, 2])
    #expect(positions(MentionForm.self) == [0, 1])
    #expect(positions(MentionMethod.self) == [0, 1, 2, 3, 4, 5])
    #expect(positions(MatchMethod.self) == [0, 1, 2, 3, 4, 5, 6])
    #expect(MatchMethod.allCases.count <= CaseCounts<MatchMethod>.capacity)
    #expect(MentionMethod.allCases.count <= CaseCounts<MentionMethod>.capacity)
  }

  @Test func ordinalRoundTripsAndRejectsOutOfRange() {
    for value in MatchMethod.allCases { #expect(MatchMethod(ordinal: value.ordinal) == value) }
    #expect(MentionMethod(ordinal: 3) == .pattern)
    #expect(MentionMethod(ordinal: 6) == nil)
    #expect(EntityType(ordinal: -1) == nil)
  }
}
