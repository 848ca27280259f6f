import Load
import Testing
import Transform

@Suite("EntityStatistics")
struct EntityStatisticsTests {
  /// A gazetteer that knows some of the fixture's entities.
  static let gazetteer = try! Gazetteer(entries: [
    Gazetteer.Entry(id: "russia", type: .location, kind: "country", canonicalName: "Russia"),
    Gazetteer.Entry(id: "vladimir_putin", type: .person, canonicalName: "Vladimir Putin"),
  ])

  /// Every document's mentions, in run order.
  static let runs: [[MentionRecord]] = AnalyzedDocumentFixture.documents.map(\.mentions)

  @Test func rowsEqualThoseCountedMentionByMention() {
    var statistics = EntityStatistics()
    var reference = ReferenceEntityStatistics()
    for mentions in Self.runs + Self.runs.reversed() {
      statistics.add(MentionTally(mentions))
      reference.add(mentions)
    }
    #expect(
      Array(statistics.entityRows(gazetteer: Self.gazetteer))
        == reference.entityRows(gazetteer: Self.gazetteer))
    #expect(Array(statistics.variantRows()) == reference.variantRows())
  }

  @Test func manyDocumentsGiveTheSameRowsAsBefore() {
    // A deterministic pseudo-random run with ties in the rankings of surfaces, hows and methods.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var statistics = EntityStatistics()
    var reference = ReferenceEntityStatistics()
    for _ in 0..<300 {
      let mentions = (0..<next(12)).map { _ in
        let entity = next(7)
        return AnalyzedDocumentFixture.mention(
          ["Merz", "Merzens", "Scholz", "Ölbach", "BSW", "Öl"][next(6)], "e\(entity)",
          canonical: "Name \(entity) \(next(2))", type: EntityType.allCases[entity % 3],
          form: next(4) == 0 ? .adjective : .name,
          method: ["variant", "pattern", "gazetteer"][next(3)],
          how: ["exact", "inflection"][next(2)], at: next(100))
      }
      statistics.add(mentions)
      reference.add(mentions)
    }
    #expect(
      Array(statistics.entityRows(gazetteer: Self.gazetteer))
        == reference.entityRows(gazetteer: Self.gazetteer))
    #expect(Array(statistics.variantRows()) == reference.variantRows())
  }

  @Test func documentWithManyEntitiesGivesTheSameRowsAsBefore() {
    let mentions = (0..<1000).map { index in
      AnalyzedDocumentFixture.mention(
        "Name \(index % 7)", "entity_\(index % 113)", canonical: "Entity \(index % 113)",
        how: index % 5 == 0 ? "alias" : "exact", at: index)
    }
    var statistics = EntityStatistics()
    var reference = ReferenceEntityStatistics()
    for document in [mentions, Array(mentions.prefix(40)), mentions.reversed()] {
      statistics.add(document)
      reference.add(document)
    }
    #expect(MentionTally(mentions).entities.count == 113)
    #expect(
      Array(statistics.entityRows(gazetteer: Self.gazetteer))
        == reference.entityRows(gazetteer: Self.gazetteer))
    #expect(Array(statistics.variantRows()) == reference.variantRows())
  }

  @Test func tallyCountsPerEntityAndSurface() {
    let tally = MentionTally(AnalyzedDocumentFixture.documents[1].mentions)
    #expect(tally.entities.map(\.id) == ["vladimir_putin", "russia"])
    let putin = tally.entities[0]
    #expect(putin.canonicalName == "Wladimir Putin (other)")
    #expect(putin.names == 2 && putin.adjectives == 0)
    #expect(putin.surfaces.map(\.text) == ["Wladimir Putin", "Putin"])
    let russland = tally.entities[1].surfaces[0]
    #expect(russland.text == "Russland" && russland.count == 2)
    #expect(
      russland.hows.map(\.value) == ["exact", "alias"] && russland.hows.map(\.count) == [1, 1])
    #expect(russland.methods.map(\.value) == ["gazetteer"] && russland.methods.map(\.count) == [2])
  }

  @Test func documentWithoutMentionsCountsNothing() {
    #expect(MentionTally([]).entities.isEmpty)
  }
}
