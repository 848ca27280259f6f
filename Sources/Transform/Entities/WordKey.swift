import Extract

/// A folded word as a dictionary key: its bytes and a hash computed once (`ByteHash`), so that
/// look-ups in the tagger's word sets do not hash byte by byte.
package struct WordKey: Hashable, Sendable {
  /// The folded bytes (see `FoldedWord.fold`).
  package let bytes: [UInt8]
  /// `ByteHash` of `bytes`.
  package let digest: UInt64

  /// A key for bytes that are already folded.
  package init(folded bytes: [UInt8]) {
    self.bytes = bytes
    digest = ByteHash.hash(bytes)
  }

  /// A key for `bytes`, folding them first.
  package init(folding bytes: ArraySlice<UInt8>) { self.init(folded: FoldedWord.fold(bytes)) }

  /// A key for a string, folding it first.
  package init(folding string: String) { self.init(folded: FoldedWord.fold(string)) }

  /// Equal when the bytes are equal.
  package static func == (lhs: WordKey, rhs: WordKey) -> Bool {
    lhs.digest == rhs.digest && lhs.bytes == rhs.bytes
  }

  /// Feeds the precomputed digest.
  package func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}
