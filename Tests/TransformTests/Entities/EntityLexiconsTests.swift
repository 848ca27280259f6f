import Testing

@testable import Transform

@Suite struct EntityLexiconsTests {
  @Test func aWordOnSeveralListsHasEveryListsFlag() {
    let lexicons = EntityLexicons(
      givenNames: ["Marie"], personCues: ["Präsident"], notNames: ["Marie", "Montag"],
      placeCues: ["Fluss"], orgLeadingWords: ["Präsident"])
    #expect(lexicons.flags(of: WordKey(folding: "marie")) == [.givenName, .notName])
    #expect(lexicons.flags(of: WordKey(folding: "PRÄSIDENT")) == [.personCue, .leadingOrgWord])
    #expect(lexicons.flags(of: WordKey(folding: "Fluss")) == [.placeCue])
    #expect(lexicons.flags(of: WordKey(folding: "Flüsse")) == [])
    let particles = EntityLexicons(nameParticles: ["von"], secondNameParticles: ["der", "von"])
    #expect(particles.flags(of: WordKey(folding: "von")) == [.nameParticle, .secondNameParticle])
    #expect(particles.flags(of: WordKey(folding: "der")) == [.secondNameParticle])
  }

  @Test(arguments: [
    ("paschinjan", true), ("jan", false), ("ajan", false), ("kajan", false), ("bkajan", true),
    ("tokajew", true), ("schoigu", false), ("zelenskyj", true), ("", false),
  ])
  func surnameEndingsKeepAStemOfThreeBytes(word: String, expected: Bool) {
    let endings = WordEndings(["jan", "ew", "skyj", "j"].map { Array($0.utf8) })
    #expect(endings.matches(Array(word.utf8)) == expected)
  }

  @Test func endingsSharingALastByteAreAllTried() {
    let endings = WordEndings([Array("ung".utf8), Array("ierung".utf8), Array("g".utf8)])
    #expect(endings.matches(Array("regierung".utf8)))
    #expect(endings.matches(Array("krieg".utf8)))
    #expect(!endings.matches(Array("ung".utf8)))
    #expect(!WordEndings([]).matches(Array("regierung".utf8)))
  }
}
