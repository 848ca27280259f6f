import Testing

@testable import Transform

/// The worker memory of name resolutions: keyed by the name's bytes and the type asked for.
@Suite struct ResolutionMemoTests {
  private func resolution(_ id: String) -> NameResolution {
    NameResolution(
      entityID: id, canonicalName: id, type: nil, key: "", how: .unknown, entryIndex: nil)
  }

  private func find(_ memo: ResolutionMemo, _ name: String, _ type: EntityType?) -> String? {
    var name = name
    return name.withUTF8 { memo.resolution(of: $0, type: type)?.entityID }
  }

  private func remember(
    _ memo: inout ResolutionMemo, _ name: String, _ type: EntityType?, _ id: String
  ) {
    var name = name
    name.withUTF8 { memo.remember(resolution(id), of: $0, type: type) }
  }

  @Test func keepsOneResolutionPerNameAndType() {
    var memo = ResolutionMemo()
    #expect(find(memo, "Lawrow", .person) == nil)
    remember(&memo, "Lawrow", .person, "per")
    remember(&memo, "Lawrow", nil, "any")
    remember(&memo, "Lawrow", .person, "again")
    #expect(find(memo, "Lawrow", .person) == "per")
    #expect(find(memo, "Lawrow", nil) == "any")
    #expect(find(memo, "Lawrow", .location) == nil)
    #expect(find(memo, "lawrow", .person) == nil)
    #expect(memo.count == 2)
  }

  @Test func tellsCanonicallyEqualSpellingsApart() {
    var memo = ResolutionMemo()
    remember(&memo, "Kr\u{00E4}mer", nil, "composed")
    #expect(find(memo, "Kra\u{0308}mer", nil) == nil)
    remember(&memo, "Kra\u{0308}mer", nil, "decomposed")
    #expect(find(memo, "Kr\u{00E4}mer", nil) == "composed")
    #expect(find(memo, "Kra\u{0308}mer", nil) == "decomposed")
  }

  @Test func keepsEveryNameAcrossGrowthAndForgetsAll() {
    var memo = ResolutionMemo()
    for number in 0..<3000 { remember(&memo, "Name \(number)", .organization, "\(number)") }
    #expect((0..<3000).allSatisfy { find(memo, "Name \($0)", .organization) == "\($0)" })
    memo.removeAll()
    #expect(memo.isEmpty && find(memo, "Name 7", .organization) == nil)
  }
}
