import Extract
import Foundation
import Transform

/// The strings of one cache payload, each written once: a string's first use writes `0`, its
/// length and its bytes; every later use writes its number + 1. Strings are told apart by
/// their bytes (not `String` equality, which would merge canonically equal spellings).
///
/// The table points into the payload's own bytes instead of using Transform's `ByteKeyIndex`:
/// called across the module boundary, that index cost 2.7% more instructions per full run.
struct CacheStrings {
  /// Where a written string's bytes sit in the encoder's bytes, and their hash.
  private struct Span {
    var start: Int
    var count: Int
    var hash: UInt64
  }

  /// The strings written so far (encoding), by number.
  private var spans: [Span] = []
  /// Open addressing over `spans`: 0 is empty, n is `spans[n - 1]`; the count is a power of 2.
  private var slots: [Int32] = []
  /// The strings read so far, by number (decoding).
  private var table: [String] = []

  /// An empty table for one payload.
  init() {}

  /// Writes `text`, or its number when it was written before.
  /// - Complexity: O(*n*) in the string's UTF-8 length, amortized.
  mutating func write(_ text: String, into encoder: inout CacheEncoder) {
    // Through the UTF-8 view, which lends a native string's bytes without the copy (a retain
    // and a release) that the mutating `withUTF8` needs; written out here rather than as a
    // shared generic helper, which the compiler left as a closure call per string.
    let written: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      write(utf8, into: &encoder)
    }
    guard written == nil else { return }
    var text = text
    text.withUTF8 { utf8 in write(utf8, into: &encoder) }
  }

  private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>, into encoder: inout CacheEncoder)
  {
    if slots.isEmpty {
      // Room for the strings of a long article without growing: ~100 distinct ones are usual.
      slots = Array(repeating: 0, count: 512)
      spans.reserveCapacity(192)
    }
    let hash = ByteHash.hash(utf8)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      let span = spans[number]
      if span.hash == hash, span.count == utf8.count,
        encoder.withUnsafeBytes({
          utf8.isEmpty || memcmp($0.baseAddress! + span.start, utf8.baseAddress!, utf8.count) == 0
        })
      {
        encoder.varint(number + 1)
        return
      }
      slot = (slot + 1) & mask
    }
    encoder.varint(0)
    encoder.varint(utf8.count)
    spans.append(Span(start: encoder.count, count: utf8.count, hash: hash))
    encoder.append(utf8)
    slots[slot] = Int32(spans.count)
    if spans.count * 2 > slots.count { rehash(into: slots.count * 2) }
  }

  /// Spreads the written strings over `count` slots.
  private mutating func rehash(into count: Int) {
    slots = Array(repeating: 0, count: count)
    let mask = count - 1
    for (number, span) in spans.enumerated() {
      var slot = Int(truncatingIfNeeded: span.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number + 1)
    }
  }

  /// Reads a string written by `write(_:into:)`.
  mutating func read(from decoder: inout CacheDecoder) throws(CacheDecoder.Corrupt) -> String {
    let number = try decoder.varint()
    if number > 0 {
      guard number <= table.count else { throw CacheDecoder.Corrupt() }
      return table[number - 1]
    }
    let length = try decoder.varint()
    guard length <= decoder.bytes.count - decoder.offset else { throw CacheDecoder.Corrupt() }
    let text = String(
      decoding: decoder.bytes[decoder.offset..<decoder.offset + length], as: UTF8.self)
    decoder.offset += length
    table.append(text)
    return text
  }
}
