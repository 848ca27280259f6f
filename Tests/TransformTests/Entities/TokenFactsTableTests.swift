import Testing

@testable import Transform

/// The worker memory of token spellings: lookups by raw bytes, growth, and emptying when full.
@Suite struct TokenFactsTableTests {
  private func facts(_ word: String) -> TokenFacts {
    TokenFacts(folded: WordKey(folding: word), flags: [])
  }

  /// Makes `table` hold `capacityLimit` resolutions, so that `trimIfFull` empties it.
  private func fillResolutions(_ table: TokenFactsTable) {
    for number in 0..<TokenFactsTable.capacityLimit {
      var name = "Name \(number)"
      _ = name.withUTF8 {
        table.resolutions.resolution(of: $0, type: nil) {
          NameResolution(
            entityID: "", canonicalName: "", type: nil, key: "", how: .unknown, entryIndex: nil)
        }
      }
    }
  }

  @Test func findsWhatWasAddedByBytesNotByCase() {
    let table = TokenFactsTable()
    let text = Array("Putin putin Putin PUTIN".utf8)
    #expect(table.index(of: 0..<5, in: text) == nil)
    #expect(table.add(facts("Putin"), for: 0..<5, in: text) == 0)
    #expect(table.index(of: 12..<17, in: text) == 0)
    #expect(table.index(of: 6..<11, in: text) == nil)
    #expect(table.add(facts("putin"), for: 6..<11, in: text) == 1)
    #expect(table.index(of: 18..<23, in: text) == nil)
    #expect(table.index(of: 0..<4, in: text) == nil)
    #expect(
      table.facts.map { String(decoding: $0.folded.bytes, as: UTF8.self) } == ["putin", "putin"])
  }

  @Test func keepsEachSpellingsFlagsBesideItsFacts() {
    let table = TokenFactsTable()
    let text = Array("Putin sagte putin".utf8)
    _ = table.add(
      TokenFacts(folded: WordKey(folding: "Putin"), flags: [.startsUppercase]), for: 0..<5, in: text
    )
    _ = table.add(
      TokenFacts(folded: WordKey(folding: "sagte"), flags: [.reportingVerb]), for: 6..<11, in: text)
    _ = table.add(facts("Putin"), for: 0..<5, in: text)  // known: neither facts nor flags added
    _ = table.add(facts("putin"), for: 12..<17, in: text)
    #expect(table.flags == [[.startsUppercase], [.reportingVerb], []])
    #expect(table.flags == table.facts.map(\.flags))
    fillResolutions(table)
    table.trimIfFull()
    #expect(table.flags.isEmpty)
  }

  @Test func keepsEverySpellingAcrossGrowth() {
    let table = TokenFactsTable()
    let words = (0..<5000).map { "Wort\($0)" }
    let text = Array(words.joined(separator: " ").utf8)
    var ranges: [Range<Int>] = []
    var start = 0
    for word in words {
      ranges.append(start..<start + word.utf8.count)
      start += word.utf8.count + 1
    }
    for (position, range) in ranges.enumerated() {
      #expect(table.add(facts(words[position]), for: range, in: text) == position)
    }
    let found = ranges.map { table.index(of: $0, in: text) }
    #expect(found == Array(0..<5000))
  }

  @Test func startsAfreshOnlyWhenFull() {
    let table = TokenFactsTable()
    let text = Array("Moskau".utf8)
    _ = table.add(facts("Moskau"), for: 0..<6, in: text)
    table.trimIfFull()
    #expect(table.index(of: 0..<6, in: text) == 0)
    fillResolutions(table)
    table.trimIfFull()
    #expect(table.index(of: 0..<6, in: text) == nil)
    #expect(table.facts.isEmpty && table.resolutions.isEmpty)
  }
}
