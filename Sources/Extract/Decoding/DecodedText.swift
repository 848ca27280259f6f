/// A file's text after decoding: always UTF-8 bytes, whatever the file's encoding was.
package struct DecodedText: Sendable, Equatable {
  /// The text as UTF-8, without a byte order mark. Offsets in every table count into this text.
  package var utf8: [UInt8]
  /// The encoding the file's bytes were read as.
  package var encoding: TextEncoding
  /// Problems that did not stop decoding (invalid UTF-8 that fell back, NUL bytes), for `documents`.
  package var warnings: [String]

  /// Creates decoded text.
  package init(utf8: [UInt8], encoding: TextEncoding, warnings: [String] = []) {
    self.utf8 = utf8
    self.encoding = encoding
    self.warnings = warnings
  }
}
