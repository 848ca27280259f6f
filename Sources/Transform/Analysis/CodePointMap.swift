/// Converts UTF-8 byte offsets of one text into Unicode code-point offsets, the unit of the
/// output tables (Python's `str` indexing).
package struct CodePointMap: Sendable {
  /// Code-point offset of every byte offset that was asked for.
  private var table: [Int: Int] = [:]

  /// Builds the map for the byte offsets in `offsets`, sweeping the text once.
  /// - Complexity: O(n + k log k) for n bytes and k offsets.
  package init(text: [UInt8], offsets: [Int]) {
    let sorted = Array(Set(offsets)).sorted()
    var codePoints = 0
    var byte = 0
    for offset in sorted {
      while byte < offset && byte < text.count {
        if text[byte] & 0xC0 != 0x80 { codePoints += 1 }
        byte += 1
      }
      table[offset] = codePoints
    }
  }

  /// The code-point offset of byte `offset` (which must have been passed to `init`).
  package subscript(offset: Int) -> Int { table[offset] ?? 0 }
}
