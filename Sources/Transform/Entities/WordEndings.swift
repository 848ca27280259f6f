/// A list of folded word endings (`-jan`, `-ung`), kept by their last byte so that a word is
/// compared only with the endings it could have.
package struct WordEndings: Sendable {
  /// How many bytes a word must keep before an ending for the ending to count.
  package static let minimumStem = 3

  /// The endings, by their last byte.
  private let byLastByte: [[[UInt8]]]

  /// The endings `endings`, already folded; empty ones are ignored.
  package init(_ endings: some Sequence<[UInt8]>) {
    var buckets = [[[UInt8]]](repeating: [], count: 256)
    for ending in endings {
      guard let last = ending.last else { continue }
      buckets[Int(last)].append(ending)
    }
    byLastByte = buckets
  }

  /// Whether `word` (folded) ends in one of the endings and keeps at least `minimumStem` bytes
  /// before it.
  /// - Complexity: O(total length of the endings sharing the word's last byte).
  package func matches(_ word: [UInt8]) -> Bool {
    guard let last = word.last else { return false }
    return byLastByte[Int(last)].contains { ending in
      word.count >= ending.count + Self.minimumStem
        && word.suffix(ending.count).elementsEqual(ending)
    }
  }
}
