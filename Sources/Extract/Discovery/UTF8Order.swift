#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The order of strings by their UTF-8 bytes, the order every table and listing uses (`String`'s
/// own `<` compares normalized characters, which is slower and can call two spellings equal).
package enum UTF8Order {
  /// Whether the bytes of `first` sort before those of `second`.
  /// - Complexity: O(*n*) in the shorter length, with `memcmp`.
  package static func precedes(_ first: String, _ second: String) -> Bool {
    compare(first, second) < 0
  }

  /// Negative, zero or positive as the bytes of `first` sort before, equal or after those of
  /// `second` (a prefix sorts first).
  /// - Complexity: O(*n*) in the shorter length, with `memcmp`.
  package static func compare(_ first: String, _ second: String) -> Int {
    var first = first
    var second = second
    return first.withUTF8 { a in
      second.withUTF8 { b in
        let shared = min(a.count, b.count)
        let order = shared == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shared)
        return order != 0 ? Int(order) : a.count - b.count
      }
    }
  }

  /// Eight bytes of `text` from `offset` on as a big-endian number, zeros past its end: when
  /// two such prefixes differ they order the texts as `compare(_:_:)` does; when equal, the
  /// bytes after them (or the lengths) decide.
  /// - Complexity: O(1).
  @inline(__always)
  package static func sortingPrefix(_ text: UnsafeBufferPointer<UInt8>, from offset: Int = 0)
    -> UInt64
  {
    var prefix: UInt64 = 0
    var index = offset
    while index < min(text.count, offset + 8) {
      prefix |= UInt64(text[index]) << (56 - 8 * (index - offset))
      index += 1
    }
    return prefix
  }

  /// The positions of `texts` in the order of their bytes, equal texts by position.
  /// - Complexity: O(*n* log *n*) comparisons.
  package static func sortedPositions(_ texts: [String]) -> [Int] {
    var concatenated = ConcatenatedTexts(
      byteCapacity: texts.reduce(0) { $0 + $1.utf8.count }, count: texts.count)
    for text in texts { concatenated.append(text) }
    return sortedPositions(concatenated)
  }

  /// The positions of the texts of `texts` in the order of their bytes, equal texts by
  /// position.
  ///
  /// Sorts numbers: the first sixteen bytes of each text (as two `sortingPrefix` numbers) and
  /// its position, comparing bytes in the buffer only where those are equal, so a sort of many
  /// ids or surfaces does not retain and release two strings per comparison (ids of unknown
  /// persons share their first eight bytes by the thousand: `x_sergei_...`).
  /// - Complexity: O(*n* log *n*) comparisons.
  package static func sortedPositions(_ texts: ConcatenatedTexts) -> [Int] {
    sortedPositions(texts, equalTextsBy: <)
  }

  /// The positions of the texts of `texts` in the order of their bytes, equal texts in the
  /// order `precedes` gives their positions (a strict total order), so that a caller sorts by
  /// a second key without first sorting by it.
  /// - Complexity: O(*n* log *n*) comparisons.
  package static func sortedPositions(
    _ texts: ConcatenatedTexts, equalTextsBy precedes: (Int, Int) -> Bool
  ) -> [Int] {
    var keys: [(prefix: UInt64, next: UInt64, start: Int, count: Int, position: Int)] = []
    keys.reserveCapacity(texts.count)
    texts.bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      for (position, end) in texts.ends.enumerated() {
        let text = UnsafeBufferPointer(rebasing: buffer[start..<end])
        keys.append(
          (sortingPrefix(text), sortingPrefix(text, from: 8), start, end - start, position))
        start = end
      }
      guard let base = buffer.baseAddress else { return }
      keys.sort { a, b in
        if a.prefix != b.prefix { return a.prefix < b.prefix }
        if a.next != b.next { return a.next < b.next }
        let shared = min(a.count, b.count)
        let order = shared <= 16 ? 0 : memcmp(base + a.start + 16, base + b.start + 16, shared - 16)
        if order != 0 { return order < 0 }
        return a.count != b.count ? a.count < b.count : precedes(a.position, b.position)
      }
    }
    return keys.map(\.position)
  }
}
