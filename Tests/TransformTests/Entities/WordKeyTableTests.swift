import Testing

@testable import Transform

/// The read-only word table: every key finds its value among thousands that collide in their
/// slots, absent words find nothing, and an empty table holds nothing.
@Suite struct WordKeyTableTests {
  @Test func everyKeyFindsItsValueAndAbsentWordsFindNothing() {
    let words = (0..<2000).map { "wort\($0)" } + ["Kiew", "Kyiv", "Jerewan", "Weißrussland"]
    let dictionary = Dictionary(
      uniqueKeysWithValues: words.enumerated().map { (WordKey(folding: $1), $0) })
    let table = WordKeyTable(dictionary)
    #expect(table.count == words.count)
    for (number, word) in words.enumerated() {
      #expect(table[WordKey(folding: word)] == number, "\(word)")
    }
    #expect(table[WordKey(folding: "kiew")] == 2000)  // folded like the key
    for absent in ["wort2000", "wort-1", "", "Kiev", "Minsk"] {
      #expect(table[WordKey(folding: absent)] == nil, "\(absent)")
      #expect(!table.contains(WordKey(folding: absent)))
    }
  }

  @Test func anEmptyTableHoldsNothing() {
    let table = WordKeyTable<Int>([:])
    #expect(table.count == 0)
    #expect(table[WordKey(folding: "Moskau")] == nil)
  }
}
