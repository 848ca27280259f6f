/// The strings of one cache payload, each written once: a string's first use writes `0`, its
/// length and its bytes; every later use writes its number + 1. Strings are told apart by
/// their bytes (not `String` equality, which would merge canonically equal spellings).
struct CacheStrings {
  /// A string compared and hashed by its UTF-8 bytes.
  private struct Bytes: Hashable {
    var text: String

    static func == (lhs: Bytes, rhs: Bytes) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Numbers of the strings written so far (encoding).
  private var numbers: [Bytes: Int] = [:]
  /// The strings read so far, by number (decoding).
  private var table: [String] = []

  /// An empty table for one payload.
  init() {}

  /// Writes `text`, or its number when it was written before.
  mutating func write(_ text: String, into encoder: inout CacheEncoder) {
    let key = Bytes(text: text)
    if let number = numbers[key] {
      encoder.varint(number + 1)
      return
    }
    numbers[key] = numbers.count
    encoder.varint(0)
    var text = text
    text.withUTF8 { utf8 in
      encoder.varint(utf8.count)
      encoder.bytes.append(contentsOf: utf8)
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
