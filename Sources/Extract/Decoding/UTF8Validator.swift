/// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
package enum UTF8Validator {
  /// The offset of the first byte that starts an invalid sequence, or `nil` when all is valid.
  /// - Complexity: O(n) in the number of bytes.
  package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      let n = buffer.count
      let raw = UnsafeRawBufferPointer(buffer)
      while i < n {
        // Eight ASCII bytes at a time: no byte has its high bit set.
        if i + 8 <= n,
          raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          i += 8
          continue
        }
        let b0 = buffer[i]
        if b0 < 0x80 {
          i += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          upper = 0x9F
        case 0xF0:
          length = 4
          lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          upper = 0x8F
        default: return i
        }
        if i + length > n { return i }
        let b1 = buffer[i + 1]
        if b1 < lower || b1 > upper { return i }
        for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
        i += length
      }
      return nil
    }
  }
}
