/// Converts UTF-8 byte offsets of one text into Unicode code-point offsets, the unit of the
/// output tables (Python's `str` indexing).
package struct CodePointMap: Sendable {
  /// The byte offsets that were asked for, ascending and distinct.
  private var bytes: [Int] = []
  /// The code-point offset of each of `bytes`.
  private var codePoints: [Int] = []

  /// Builds the map for the byte offsets in `offsets`, sweeping the text once.
  /// - Complexity: O(n + k log k) for n bytes and k offsets.
  package init(text: [UInt8], offsets: [Int]) {
    let sorted = offsets.sorted()
    bytes.reserveCapacity(sorted.count)
    codePoints.reserveCapacity(sorted.count)
    var count = 0
    var byte = 0
    text.withUnsafeBufferPointer { text in
      for offset in sorted where bytes.last != offset {
        let end = min(offset, text.count)
        // Eight bytes at a time: each byte that is not a continuation byte (10xxxxxx) starts a
        // code point.
        let raw = UnsafeRawBufferPointer(text)
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
        bytes.append(offset)
        codePoints.append(count)
      }
    }
  }

  /// The code-point offset of byte `offset` (which must have been passed to `init`; any other
  /// offset gives 0).
  /// - Complexity: O(log k) in the number of offsets.
  package subscript(offset: Int) -> Int {
    var low = 0
    var high = bytes.count
    while low < high {
      let middle = (low + high) / 2
      if bytes[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low < bytes.count && bytes[low] == offset ? codePoints[low] : 0
  }
}
