import Testing

@testable import Extract

@Suite struct ByteHashTests {
  /// The same bytes hash the same wherever they sit: in an array, a slice at an odd offset, or
  /// a sequence without contiguous storage.
  @Test func sameBytesSameHash() {
    let text = Array("Nikol Paschinjan traf Sergej Lawrow in Jerewan, 27. November 2025.".utf8)
    for length in 0...text.count {
      let bytes = Array(text[0..<length])
      let shifted = [0x41] + bytes
      let expected = ByteHash.hash(bytes)
      #expect(ByteHash.hash(shifted[1...]) == expected, "length \(length)")
      #expect(ByteHash.hash(bytes.lazy.map { $0 }) == expected, "length \(length)")
    }
  }

  /// No two of these 70,000 distinct strings collide in 64 bits: every string of one to three
  /// letters from a 40-letter alphabet, and every prefix and suffix of a 300-byte text.
  @Test func distinctStringsDistinctHashes() {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJ".utf8)
    var strings: Set<[UInt8]> = [[]]
    for a in alphabet {
      strings.insert([a])
      for b in alphabet {
        strings.insert([a, b])
        for c in alphabet { strings.insert([a, b, c]) }
      }
    }
    let text = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...text.count {
      strings.insert(Array(text[0..<length]))
      strings.insert(Array(text[(text.count - length)...]))
    }
    let hashes = Set(strings.map { ByteHash.hash($0) })
    #expect(strings.count > 65_000)
    #expect(hashes.count == strings.count)
  }

  /// Flipping any one bit of an input of 1 to 40 bytes changes the hash, and changes about half
  /// of its bits on average.
  @Test func everyBitCounts() {
    var changedBits = 0
    var flips = 0
    for length in 1...40 {
      var bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 73 &+ 5) }
      let original = ByteHash.hash(bytes)
      for index in 0..<length {
        for bit in 0..<8 {
          bytes[index] ^= 1 << bit
          let flipped = ByteHash.hash(bytes)
          bytes[index] ^= 1 << bit
          #expect(flipped != original, "length \(length), byte \(index), bit \(bit)")
          changedBits += (flipped ^ original).nonzeroBitCount
          flips += 1
        }
      }
    }
    let average = Double(changedBits) / Double(flips)
    #expect(average > 30 && average < 34, "average \(average) of 64 bits changed")
  }

  /// The low ten bits, which pick a slot in a table of 1,024, spread 20,480 words that differ
  /// only in their last bytes evenly: no slot gets more than twice its share of 20.
  @Test func lowBitsSpreadSimilarWords() {
    var buckets = [Int](repeating: 0, count: 1024)
    for number in 0..<20_480 {
      let word = Array("Wahlkreis\(number)".utf8)
      buckets[Int(truncatingIfNeeded: ByteHash.hash(word)) & 1023] += 1
    }
    #expect(buckets.max()! <= 40)
    #expect(buckets.min()! >= 5)
  }
}
