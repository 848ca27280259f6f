import Testing

@testable import Transform

/// Mentions inside date expressions are dropped: the sweep against the pairwise rule.
@Suite struct OverlapRemovalTests {
  private func mention(_ start: Int, _ end: Int) -> EntityMention {
    EntityMention(
      start: start, end: end, entityID: "x_\(start)", canonicalName: "", type: .location,
      method: .pattern,
      how: .exact, confidence: 1)
  }

  private func date(_ start: Int, _ end: Int) -> DateMention {
    DateMention(
      start: start, end: end, value: "2024", mod: "", granularity: "year", kind: "date", anchor: "",
      rangeStart: nil, rangeEnd: nil)
  }

  @Test func dropsExactlyTheMentionsThatOverlapADate() {
    var mentions = [
      mention(0, 4), mention(5, 9), mention(10, 14), mention(20, 25), mention(30, 31),
    ]
    // A long date first, then one that ends inside the third mention; touching is no overlap.
    DocumentAnalyzer.removeOverlaps(
      of: &mentions, with: [date(12, 13), date(4, 5), date(19, 21), date(25, 30)])
    #expect(mentions.map(\.start) == [0, 5, 30])
  }

  @Test func agreesWithThePairwiseRuleOnGeneratedSpans() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(seed >> 33) % bound
    }
    for _ in 0..<200 {
      let mentions = (0..<next(30)).map { _ in
        let s = next(500)
        return mention(s, s + 1 + next(12))
      }
      let dates = (0..<next(10)).map { _ in
        let s = next(500)
        return date(s, s + 1 + next(40))
      }
      var swept = mentions
      DocumentAnalyzer.removeOverlaps(of: &swept, with: dates)
      let pairwise = mentions.filter { m in !dates.contains { $0.start < m.end && m.start < $0.end }
      }
      #expect(swept == pairwise)
    }
  }
}
