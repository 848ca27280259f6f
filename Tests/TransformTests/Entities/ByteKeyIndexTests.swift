import Testing

@testable import Transform

/// Byte keys numbered in the order they were added, found by their whole bytes.
@Suite struct ByteKeyIndexTests {
  private func add(_ key: String, to index: inout ByteKeyIndex) -> Int {
    Array(key.utf8).withUnsafeBufferPointer { index.add($0) }
  }

  private func number(of key: String, in index: ByteKeyIndex) -> Int? {
    Array(key.utf8).withUnsafeBufferPointer { index.number(of: $0) }
  }

  @Test func numbersKeysInOrderAndFindsOnlyWholeKeys() {
    var index = ByteKeyIndex()
    #expect(add("Dr", to: &index) == 0)
    #expect(add("usw", to: &index) == 1)
    #expect(add("Dr", to: &index) == 0)
    #expect(add("", to: &index) == 2)
    #expect(index.count == 3)
    #expect(number(of: "usw", in: index) == 1)
    #expect(number(of: "", in: index) == 2)
    #expect(number(of: "Drs", in: index) == nil)
    #expect(number(of: "D", in: index) == nil)
    #expect(number(of: "dr", in: index) == nil)
  }

  /// Past the initial 1,024 slots the index grows and every key keeps its number.
  @Test func keepsNumbersWhenItGrows() {
    var index = ByteKeyIndex()
    let keys = (0..<3000).map { "Wort\($0)" }
    #expect(keys.map { add($0, to: &index) } == Array(0..<3000))
    #expect(keys.map { number(of: $0, in: index) } == Array(0..<3000))
    #expect(number(of: "Wort3000", in: index) == nil)
  }

  /// Emptied with or without keeping its memory, the index forgets every key (its grown slots
  /// cleared in place) and numbers new keys from 0 again.
  @Test(arguments: [false, true])
  func startsAfreshWhenEmptied(keepingCapacity: Bool) {
    var index = ByteKeyIndex()
    let keys = (0..<3000).map { "Wort\($0)" }
    for key in keys { _ = add(key, to: &index) }
    let grownSlots = index.slots.count
    index.removeAll(keepingCapacity: keepingCapacity)
    #expect(index.count == 0)
    #expect(index.slots.count == (keepingCapacity ? grownSlots : 1024))
    #expect(index.slots.allSatisfy { $0.number == 0 })
    #expect(keys.allSatisfy { number(of: $0, in: index) == nil })
    #expect(add("Wort2999", to: &index) == 0)
    #expect(add("neu", to: &index) == 1)
    #expect(number(of: "Wort2999", in: index) == 0)
    #expect(number(of: "Wort0", in: index) == nil)
  }

  /// A string is found by its UTF-8 bytes, whether native or bridged, and never by canonical
  /// equivalence (`é` as one scalar is not `e` + combining accent).
  @Test func containsStringsByTheirBytes() {
    var index = ByteKeyIndex()
    _ = add("pashinyan", to: &index)
    _ = add("caf\u{E9}", to: &index)
    #expect(index.contains("pashinyan"))
    #expect(index.contains("caf\u{E9}"))
    #expect(!index.contains("cafe\u{301}"))
    #expect(!index.contains("pashinya"))
    #expect(!index.contains(""))
  }
}
