import Extract
import Testing
import Transform

@testable import Load

@Suite("EntityCountsTable")
struct EntityCountsTableTests {
  /// A one-entity tally: entity `id` under `digest`, mentioned `names` times as `surface`.
  static func entity(
    _ id: String, digest: UInt64, canonical: String, surface: String, names: Int = 1
  ) -> MentionTally {
    var surfaceCounts = MentionTally.Surface(text: surface, count: names)
    surfaceCounts.hows.add(.exact, count: names)
    surfaceCounts.methods.add(.gazetteer, count: names)
    let entity = MentionTally.Entity(
      id: id, digest: digest, canonicalName: canonical, type: .person, names: names)
    return MentionTally(counted: [(entity, [surfaceCounts])])
  }

  @Test func tallyCarriesTheDigestTheTableExpects() {
    let tally = MentionTally(AnalyzedDocumentFixture.documents[1].mentions)
    #expect(tally.entities.count == 2)
    for entity in tally.entities {
      #expect(entity.digest == EntityCountsTable.digest(of: entity.id))
    }
    // The digest is the `ByteHash` of the id's UTF-8 bytes, native or bridged.
    #expect(EntityCountsTable.digest(of: "") == ByteHash.hash([UInt8]()))
    #expect(EntityCountsTable.digest(of: "jerewan") == ByteHash.hash(Array("jerewan".utf8)))
    #expect(EntityCountsTable.digest(of: "a") != EntityCountsTable.digest(of: "b"))
  }

  @Test func idsWithTheSameDigestStayApart() {
    var table = EntityCountsTable()
    table.add(Self.entity("putin", digest: 7, canonical: "Putin", surface: "Putin"))
    table.add(Self.entity("lawrow", digest: 7, canonical: "Lawrow", surface: "Lawrow", names: 2))
    table.add(Self.entity("putin", digest: 7, canonical: "Later", surface: "Putins", names: 3))
    #expect(table.ids == ["putin", "lawrow"])
    // The first document's name stays; the counts add up per surface.
    #expect(table.counts[0].canonicalName == "Putin")
    #expect(table.counts[0].names == 4 && table.counts[0].documents == 2)
    #expect(table.counts[0].surfaces.map(\.text) == ["Putin", "Putins"])
    #expect(table.counts[1].names == 2 && table.counts[1].documents == 1)
  }

  @Test func growingKeepsEveryEntityFindable() {
    var table = EntityCountsTable()
    let ids = (0..<1000).map { "entity_\($0)" }
    for id in ids {
      table.add(
        Self.entity(id, digest: EntityCountsTable.digest(of: id), canonical: id, surface: id))
    }
    // A second document for every entity finds it again rather than adding it twice.
    for id in ids.reversed() {
      table.add(
        Self.entity(id, digest: EntityCountsTable.digest(of: id), canonical: "x", surface: id))
    }
    #expect(table.count == 1000)
    #expect(table.ids == ids)
    #expect(table.counts.allSatisfy { $0.documents == 2 && $0.names == 2 })
    #expect(table.counts.map(\.canonicalName) == ids)
  }

  @Test func emptiedTableStartsAfresh() {
    var table = EntityCountsTable()
    for index in 0..<100 {
      table.add(Self.entity("e\(index)", digest: UInt64(index), canonical: "old", surface: "s"))
    }
    table.removeAll()
    #expect(table.isEmpty && table.count == 0)
    table.add(Self.entity("e5", digest: 5, canonical: "new", surface: "t"))
    #expect(table.ids == ["e5"])
    #expect(table.counts[0].canonicalName == "new" && table.counts[0].documents == 1)
  }
}

extension EntityCountsTable {
  /// Adds the one entity of `tally`.
  fileprivate mutating func add(_ tally: MentionTally) {
    for entity in tally.entities { add(entity, of: tally) }
  }
}
