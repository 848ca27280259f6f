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

  /// In memory (nil), and spilling to sorted runs after 1, 3 and 50 entities.
  static let memoryLimits: [Int?] = [nil, 1, 3, 50]

  /// Statistics over `documents`, with counts spilled past `memoryLimit` entities, compared
  /// with the reference counted mention by mention; the spill files are gone afterwards.
  private func expectSameRows(_ documents: [[MentionRecord]], memoryLimit: Int?) throws {
    let folder = try TemporaryFolder()
    var statistics =
      memoryLimit.map {
        EntityStatistics(spillDirectory: folder.url, memoryLimit: $0, variantRunBytes: 400)
      }
      ?? EntityStatistics()
    var reference = ReferenceEntityStatistics()
    for mentions in documents {
      try statistics.add(MentionTally(mentions))
      reference.add(mentions)
    }
    try statistics.finishAdding()
    #expect(
      try statistics.entityRows(gazetteer: Self.gazetteer)
        == reference.entityRows(gazetteer: Self.gazetteer))
    #expect(try statistics.variantRows() == reference.variantRows())
    try statistics.removeSpillFiles()
    #expect(try folder.names().isEmpty)
  }

  @Test(arguments: memoryLimits) func rowsEqualThoseCountedMentionByMention(memoryLimit: Int?)
    throws
  {
    try expectSameRows(Self.runs + Self.runs.reversed(), memoryLimit: memoryLimit)
  }

  @Test(arguments: memoryLimits) func manyDocumentsGiveTheSameRowsAsBefore(memoryLimit: Int?)
    throws
  {
    // A deterministic pseudo-random run with ties in the rankings of surfaces, hows and methods.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let documents = (0..<300).map { _ in
      (0..<next(12)).map { _ in
        let entity = next(7)
        return AnalyzedDocumentFixture.mention(
          ["Merz", "Merzens", "Scholz", "Ölbach", "BSW", "Öl"][next(6)], "e\(entity)",
          canonical: "Name \(entity) \(next(2))", type: EntityType.allCases[entity % 3],
          form: next(4) == 0 ? .adjective : .name,
          method: [.variant, .pattern, .gazetteer][next(3)],
          how: [.exact, .inflection][next(2)], at: next(100))
      }
    }
    try expectSameRows(documents, memoryLimit: memoryLimit)
  }

  @Test(arguments: memoryLimits) func documentWithManyEntitiesGivesTheSameRowsAsBefore(
    memoryLimit: Int?
  ) throws {
    let mentions = (0..<1000).map { index in
      AnalyzedDocumentFixture.mention(
        "Name \(index % 7)", "entity_\(index % 300)", canonical: "Entity \(index % 300)",
        how: index % 5 == 0 ? .alias : .exact, at: index)
    }
    // 300 entities: the first 256 found by a linear search, the rest through the index.
    #expect(MentionTally(mentions).entities.count == 300)
    try expectSameRows(
      [mentions, Array(mentions.prefix(40)), mentions.reversed()], memoryLimit: memoryLimit)
  }

  @Test func tallyCountsPerEntityAndSurface() {
    let tally = MentionTally(AnalyzedDocumentFixture.documents[1].mentions)
    #expect(tally.entities.map(\.id) == ["vladimir_putin", "russia"])
    let putin = tally.entities[0]
    #expect(putin.canonicalName == "Wladimir Putin (other)")
    #expect(putin.names == 2 && putin.adjectives == 0)
    #expect(tally.surfaces(of: putin).map(\.text) == ["Wladimir Putin", "Putin"])
    let russland = tally.surfaces(of: tally.entities[1]).first!
    #expect(russland.text == "Russland" && russland.count == 2)
    #expect(russland.hows.nonzero.map(\.value) == [.exact, .alias])
    #expect(russland.hows[.exact] == 1 && russland.hows[.alias] == 1)
    #expect(
      russland.methods.nonzero.map(\.value) == [.gazetteer] && russland.methods[.gazetteer] == 2)
  }

  @Test func surfacesAreGroupedByEntityInOrderOfFirstAppearance() {
    // Two entities whose mentions interleave: each entity's surfaces come out together, in the
    // order the document first used them, with their counts.
    let mentions = [
      AnalyzedDocumentFixture.mention("Paschinjan", "nikol_pashinyan", canonical: "P", at: 0),
      AnalyzedDocumentFixture.mention("Jerewan", "yerevan", canonical: "Y", at: 10),
      AnalyzedDocumentFixture.mention("Pashinyan", "nikol_pashinyan", canonical: "P", at: 20),
      AnalyzedDocumentFixture.mention("Jerewans", "yerevan", canonical: "Y", at: 30),
      AnalyzedDocumentFixture.mention("Paschinjan", "nikol_pashinyan", canonical: "P", at: 40),
      AnalyzedDocumentFixture.mention(
        "Yerevan", "yerevan", canonical: "Y", how: .alias, at: 50),
      AnalyzedDocumentFixture.mention("Jerewan", "yerevan", canonical: "Y", at: 60),
    ]
    let tally = MentionTally(mentions)
    #expect(tally.entities.map(\.id) == ["nikol_pashinyan", "yerevan"])
    #expect(tally.entities.map(\.surfaces) == [0..<2, 2..<5])
    #expect(
      tally.surfaces.map(\.text) == ["Paschinjan", "Pashinyan", "Jerewan", "Jerewans", "Yerevan"])
    #expect(tally.surfaces.map(\.count) == [2, 1, 2, 1, 1])
    #expect(tally.surfaces[4].hows[.alias] == 1 && tally.surfaces[4].hows[.exact] == 0)
    #expect(tally.entities.map(\.names) == [3, 4])
  }

  @Test func documentWithoutMentionsCountsNothing() {
    #expect(MentionTally([]).entities.isEmpty)
  }
}
