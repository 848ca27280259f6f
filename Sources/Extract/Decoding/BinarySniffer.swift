/// Tells binary files from text: known file signatures, or many control bytes near the start.
package enum BinarySniffer {
  /// Signatures of binary formats that get saved as `.txt` by mistake.
  private static let signatures: [(bytes: [UInt8], name: String)] = [
    ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF"),
    ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
    ([0xFF, 0xD8, 0xFF], "JPEG image"),
    ([0x47, 0x49, 0x46, 0x38], "GIF image"),
    ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
    ([0x1F, 0x8B], "gzip archive"),
    ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
  ]

  /// How many leading bytes are inspected for control bytes.
  private static let window = 8192

  /// The name of the binary format `bytes` are in, or `nil` when they look like text.
  ///
  /// Text may contain a few stray control bytes (a NUL from a broken scraper); a file counts as
  /// binary when a signature matches or more than 10% of the first 8 KiB are control bytes other
  /// than tab, line feed, form feed, carriage return and escape.
  /// - Complexity: O(1): at most 8 KiB are read.
  package static func binaryFormat(of bytes: [UInt8]) -> String? {
    for signature in signatures where bytes.starts(with: signature.bytes) {
      return signature.name + " signature"
    }
    let sample = bytes.prefix(window)
    let control = sample.withUnsafeBufferPointer { sample in
      var count = 0
      var index = 0
      let raw = UnsafeRawBufferPointer(sample)
      while index < sample.count {
        // Eight bytes at a time while none is below 0x20 (a borrow can only set a flag when
        // some byte is, so no control byte is skipped).
        if index + 8 <= sample.count {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
            index += 8
            continue
          }
        }
        let end = min(index + 8, sample.count)
        for byte in sample[index..<end] where byte < 0x20 {
          let allowed =
            byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x1B
          count &+= allowed ? 0 : 1
        }
        index = end
      }
      return count
    }
    if !sample.isEmpty && control * 10 > sample.count {
      return "\(control) control bytes in the first \(sample.count)"
    }
    return nil
  }
}
