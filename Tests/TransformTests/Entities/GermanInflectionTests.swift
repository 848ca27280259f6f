import Testing

@testable import Transform

@Suite struct GermanInflectionTests {
  private static func bytes(_ word: String) -> [UInt8] { Array(word.utf8) }

  /// The endings as lists, compared one after another: what the byte checks must agree with.
  private static func referenceStem(_ word: [UInt8]) -> [UInt8]? {
    for ending in [[0x65, 0x6E], [0x65, 0x72], [0x65, 0x73], [0x65, 0x6D], [0x65]] as [[UInt8]]
    where word.count > ending.count + 3 && word.suffix(ending.count).elementsEqual(ending) {
      return Array(word.dropLast(ending.count))
    }
    return nil
  }

  private static func referenceIsInflection(_ word: [UInt8], of base: [UInt8]) -> Bool {
    guard word.count > base.count, word.count <= base.count + 2, word.starts(with: base) else {
      return false
    }
    let allowed: [[UInt8]] = [
      [0x73], [0x65, 0x73], [0x6E], [0x65, 0x6E], [0x72], [0x65, 0x72], [0x6D], [0x65, 0x6D],
    ]
    return allowed.contains { word[base.count...].elementsEqual($0) }
  }

  @Test func adjectiveStems() {
    #expect(GermanInflection.adjectiveStem(Self.bytes("russische")) == Self.bytes("russisch"))
    #expect(
      GermanInflection.adjectiveStem(Self.bytes("kasachischen")) == Self.bytes("kasachisch"))
    #expect(GermanInflection.adjectiveStem(Self.bytes("armenisches")) == Self.bytes("armenisch"))
    #expect(GermanInflection.adjectiveStem(Self.bytes("neuen")) == nil)  // -en needs 4 before
    #expect(GermanInflection.adjectiveStem(Self.bytes("neue")) == nil)
    #expect(GermanInflection.adjectiveStem(Self.bytes("große")) == Self.bytes("groß"))
    #expect(GermanInflection.adjectiveStem(Self.bytes("kreml")) == nil)
  }

  @Test func inflections() {
    #expect(
      GermanInflection.isInflection(Self.bytes("europäischen"), of: Self.bytes("europäische")))
    #expect(GermanInflection.isInflection(Self.bytes("vertrags"), of: Self.bytes("vertrag")))
    #expect(GermanInflection.isInflection(Self.bytes("vertrages"), of: Self.bytes("vertrag")))
    #expect(!GermanInflection.isInflection(Self.bytes("vertragt"), of: Self.bytes("vertrag")))
    #expect(!GermanInflection.isInflection(Self.bytes("vertragxs"), of: Self.bytes("vertrag")))
    #expect(!GermanInflection.isInflection(Self.bytes("vertrag"), of: Self.bytes("vertrag")))
  }

  /// Every word of up to six letters from the ending letters and `x` (long enough for every
  /// ending's branch) gets the same stem, and is an inflection of the same prefixes, as the ending lists say.
  @Test func agreesWithTheEndingLists() {
    let letters = Array("ensrmx".utf8)
    var words: [[UInt8]] = [[]]
    var last: [[UInt8]] = [[]]
    for _ in 0..<6 {
      last = last.flatMap { word in letters.map { word + [$0] } }
      words += last
    }
    var disagreements: [String] = []
    for word in words {
      if GermanInflection.adjectiveStem(word) != Self.referenceStem(word) {
        disagreements.append("stem of \(word)")
      }
      for cut in 0...word.count {
        let base = Array(word[..<cut])
        if GermanInflection.isInflection(word, of: base)
          != Self.referenceIsInflection(word, of: base)
        {
          disagreements.append("\(word) of \(base)")
        }
      }
    }
    #expect(words.count == 55_987)
    #expect(disagreements.count == 0, "\(disagreements.prefix(5))")
  }
}
