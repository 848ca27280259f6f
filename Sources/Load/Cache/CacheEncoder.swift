/// Appends values to a byte array in the analysis cache's binary format: integers as 8 bytes
/// little endian, strings as a 4-byte length and UTF-8, booleans as one byte.
struct CacheEncoder {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  mutating func integer(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Overwrites the 8 bytes at `offset` (written by `integer(_:)`) with `value`.
  mutating func setInteger(_ value: Int, at offset: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { source in
      for index in 0..<8 { bytes[offset + index] = source[index] }
    }
  }

  mutating func number(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func boolean(_ value: Bool) { bytes.append(value ? 1 : 0) }
}

/// Reads values written by `CacheEncoder`; any inconsistency throws, and the cache is then
/// ignored (the run re-tags everything).
struct CacheDecoder {
  /// A cache file that does not decode.
  struct Corrupt: Error {}

  let bytes: [UInt8]
  var offset: Int

  init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  private mutating func take(_ count: Int) throws(Corrupt) -> ArraySlice<UInt8> {
    guard count >= 0, offset + count <= bytes.count else { throw Corrupt() }
    defer { offset += count }
    return bytes[offset..<offset + count]
  }

  mutating func integer() throws(Corrupt) -> Int {
    var value: UInt64 = 0
    for (shift, byte) in try take(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
    return Int(Int64(bitPattern: value))
  }

  mutating func number() throws(Corrupt) -> Double {
    Double(bitPattern: UInt64(bitPattern: Int64(try integer())))
  }

  mutating func string() throws(Corrupt) -> String {
    var length: UInt32 = 0
    for (shift, byte) in try take(4).enumerated() { length |= UInt32(byte) << (8 * UInt32(shift)) }
    return String(decoding: try take(Int(length)), as: UTF8.self)
  }

  mutating func boolean() throws(Corrupt) -> Bool { try take(1).first == 1 }
}
