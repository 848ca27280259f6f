/// Converts UTF-8 byte offsets of one text into Unicode code-point offsets, the unit of the
/// output tables (Python's `str` indexing).
package enum CodePointMap {
  /// The code-point offset of each byte offset in `offsets`, in their order, sweeping the text
  /// once; an offset past the end of the text counts the whole text.
  /// - Complexity: O(n + k log k) for n bytes and k offsets.
  package static func codePointOffsets(of offsets: [Int], in text: [UInt8]) -> [Int] {
    var result = [Int](repeating: 0, count: offsets.count)
    // The positions of `offsets` by ascending offset, for one sweep of the text.
    let order = ascendingOrder(of: offsets)
    var count = 0
    var byte = 0
    text.withUnsafeBufferPointer { text in
      let raw = UnsafeRawBufferPointer(text)
      for position in order {
        let end = min(offsets[position], text.count)
        // Eight bytes at a time: each byte that is not a continuation byte (10xxxxxx) starts a
        // code point.
        while byte + 8 <= end {
          let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
          let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
          count += 8 - continuations.nonzeroBitCount
          byte += 8
        }
        while byte < end {
          if text[byte] & 0xC0 != 0x80 { count += 1 }
          byte += 1
        }
        result[position] = count
      }
    }
    return result
  }

  /// The positions of `offsets` by ascending offset (equal offsets in either order). Callers
  /// pass two ascending runs (a document's mentions, then its dates), which are merged in one
  /// pass; anything else is sorted.
  /// - Complexity: O(k) for one or two ascending runs of k offsets, else O(k log k).
  static func ascendingOrder(of offsets: [Int]) -> [Int] {
    var split = 1
    while split < offsets.count, offsets[split - 1] <= offsets[split] { split += 1 }
    guard split < offsets.count else { return Array(offsets.indices) }
    var end = split + 1
    while end < offsets.count, offsets[end - 1] <= offsets[end] { end += 1 }
    guard end == offsets.count else { return offsets.indices.sorted { offsets[$0] < offsets[$1] } }
    var order: [Int] = []
    order.reserveCapacity(offsets.count)
    var first = 0
    var second = split
    while first < split, second < offsets.count {
      if offsets[second] < offsets[first] {
        order.append(second)
        second += 1
      } else {
        order.append(first)
        first += 1
      }
    }
    order.append(contentsOf: first..<split)
    order.append(contentsOf: second..<offsets.count)
    return order
  }
}
