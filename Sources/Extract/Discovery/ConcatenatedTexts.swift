/// The UTF-8 bytes of many texts one after the other in one buffer, for
/// `UTF8Order.sortedPositions(_:)`: a caller that holds its texts inside other values appends
/// them in place, instead of gathering them into an array of strings first.
package struct ConcatenatedTexts {
  /// The bytes of every text, in the order appended.
  package private(set) var bytes: [UInt8] = []
  /// Where each text ends in `bytes` (each starts where the one before ended).
  package private(set) var ends: [Int] = []

  /// The number of texts.
  package var count: Int { ends.count }

  /// An empty buffer with room for `byteCapacity` bytes of `count` texts.
  package init(byteCapacity: Int = 0, count: Int = 0) {
    bytes.reserveCapacity(byteCapacity)
    ends.reserveCapacity(count)
  }

  /// Appends the bytes of `text`.
  /// - Complexity: O(n) in its UTF-8 length, amortized.
  package mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    ends.append(bytes.count)
  }
}
