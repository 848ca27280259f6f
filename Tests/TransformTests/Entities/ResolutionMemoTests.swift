import Testing

@testable import Transform

/// The worker memory of name resolutions: keyed by the name's bytes and the type asked for.
@Suite struct ResolutionMemoTests {
  private func resolution(_ id: String) -> NameResolution {
    NameResolution(
      entityID: id, canonicalName: id, type: nil, key: "", how: .unknown, entryIndex: nil)
  }

  /// The id `memo` gives `name` with `type`, and whether it was made afresh (then as `id`).
  private func resolve(
    _ memo: inout ResolutionMemo, _ name: String, _ type: EntityType?, making id: String
  ) -> (id: String, made: Bool) {
    var name = name
    var made = false
    let found = name.withUTF8 { bytes in
      memo.resolution(of: bytes, type: type) {
        made = true
        return resolution(id)
      }
    }
    return (found.entityID, made)
  }

  @Test func keepsOneResolutionPerNameAndType() {
    var memo = ResolutionMemo()
    #expect(resolve(&memo, "Lawrow", .person, making: "per") == ("per", true))
    #expect(resolve(&memo, "Lawrow", nil, making: "any") == ("any", true))
    #expect(resolve(&memo, "Lawrow", .person, making: "again") == ("per", false))
    #expect(resolve(&memo, "Lawrow", nil, making: "again") == ("any", false))
    #expect(resolve(&memo, "lawrow", .person, making: "lower") == ("lower", true))
    #expect(memo.count == 3)
  }

  @Test func tellsCanonicallyEqualSpellingsApart() {
    var memo = ResolutionMemo()
    #expect(resolve(&memo, "Kr\u{00E4}mer", nil, making: "composed") == ("composed", true))
    #expect(resolve(&memo, "Kra\u{0308}mer", nil, making: "decomposed") == ("decomposed", true))
    #expect(resolve(&memo, "Kr\u{00E4}mer", nil, making: "x") == ("composed", false))
    #expect(resolve(&memo, "Kra\u{0308}mer", nil, making: "x") == ("decomposed", false))
  }

  @Test func keepsEveryNameAcrossGrowthAndForgetsAll() {
    var memo = ResolutionMemo()
    for number in 0..<3000 {
      _ = resolve(&memo, "Name \(number)", .organization, making: "\(number)")
    }
    #expect(
      (0..<3000).allSatisfy {
        resolve(&memo, "Name \($0)", .organization, making: "new") == ("\($0)", false)
      })
    memo.removeAll()
    #expect(memo.isEmpty)
    #expect(resolve(&memo, "Name 7", .organization, making: "new") == ("new", true))
  }
}
