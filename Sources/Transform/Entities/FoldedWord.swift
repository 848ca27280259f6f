/// Case folding of single words over UTF-8 bytes, for dictionary look-ups.
package enum FoldedWord {
  /// `bytes` with ASCII letters and the Latin-1 capitals `À`–`Þ` lowercased; other bytes unchanged.
  /// - Complexity: O(n) in the number of bytes.
  @inline(__always)
  package static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out = [UInt8](bytes)
    var index = 0
    while index < out.count {
      let byte = out[index]
      if byte >= 0x41 && byte <= 0x5A {
        out[index] = byte | 0x20
      } else if index + 1 < out.count, isLatin1Capital(byte, out[index + 1]) {
        out[index + 1] += 0x20
        index += 1
      }
      index += 1
    }
    return out
  }

  /// Whether `lead` and `second` are the UTF-8 bytes of a Latin-1 capital `À`–`Þ` other than
  /// `×` (C3 80…9E without C3 97).
  @inline(__always)
  package static func isLatin1Capital(_ lead: UInt8, _ second: UInt8) -> Bool {
    lead == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97
  }

  /// `fold` of a string's UTF-8.
  package static func fold(_ string: String) -> [UInt8] { fold(ArraySlice(string.utf8)) }

  /// Whether every letter in `bytes` is an uppercase ASCII letter or Latin-1 capital (`ÖVP`,
  /// `SPÖ`) and there are at least two; any other character beyond ASCII (a small `ö`, a dash,
  /// a Cyrillic letter) makes it no acronym.
  /// - Complexity: O(n) in the number of bytes.
  package static func isAcronym(_ bytes: ArraySlice<UInt8>) -> Bool {
    var letters = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= 0x61 && byte <= 0x7A { return false }
      if byte >= 0x41 && byte <= 0x5A { letters += 1 }
      if byte >= 0x80 {
        let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
        guard isLatin1Capital(byte, next) else { return false }
        letters += 1
        index += 1
      }
      index += 1
    }
    return letters >= 2
  }
}
