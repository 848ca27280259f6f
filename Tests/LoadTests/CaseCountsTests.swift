import Testing
import Transform

@testable import Load

@Suite struct CaseCountsTests {
  @Test func countsEachCaseAndListsThemInCaseOrder() {
    var counts = CaseCounts<MatchMethod>()
    counts.add(.variant)
    counts.add(.exact, count: 2)
    counts.add(.variant)
    #expect(counts[.exact] == 2 && counts[.variant] == 2 && counts[.alias] == 0)
    #expect(counts.nonzero.map(\.value) == [.exact, .variant])
    #expect(counts.nonzero.map(\.count) == [2, 2])
  }

  @Test func topIsTheMostFrequentWithTiesInByteOrder() {
    var counts = CaseCounts<MatchMethod>()
    #expect(counts.top == nil)
    counts.add(.variant, count: 3)
    counts.add(.partial, count: 1)
    #expect(counts.top == .variant)
    counts.add(.partial, count: 2)
    // `partial` < `variant` in byte order, though `variant` is the earlier case.
    #expect(counts.top == .partial)
    var methods = CaseCounts<MentionMethod>()
    methods.add(.pattern)
    methods.add(.givenName)
    methods.add(.acronym)
    #expect(methods.top == .acronym)
  }

  @Test func addingTalliesSumsThem() {
    var first = CaseCounts<MentionMethod>()
    first.add(.gazetteer)
    var second = CaseCounts<MentionMethod>()
    second.add(.gazetteer, count: 4)
    second.add(.coreference)
    first.add(second)
    #expect(first[.gazetteer] == 5 && first[.coreference] == 1)
    var expected = CaseCounts<MentionMethod>()
    expected.add(.coreference)
    expected.add(.gazetteer, count: 5)
    #expect(first == expected)
    expected.add(.acronym)
    #expect(first != expected)
  }
}
