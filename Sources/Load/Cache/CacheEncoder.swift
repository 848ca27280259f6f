/// Appends values to a byte buffer in the analysis cache's binary format: integers as 8 bytes
/// little endian, strings as a 4-byte length and UTF-8, booleans as one byte.
///
/// Backed by a `ByteBuffer`, so an append checks capacity only (no uniqueness check, as an
/// array append has); noncopyable like the buffer.
struct CacheEncoder: ~Copyable {
  /// The bytes written so far.
  private var buffer: ByteBuffer

  /// An empty encoder with room for `capacity` bytes.
  init(capacity: Int = 256) { buffer = ByteBuffer(capacity: capacity) }

  /// The bytes written so far, copied.
  var bytes: [UInt8] { buffer.bytes }

  /// How many bytes were written.
  var count: Int { buffer.count }

  /// Calls `body` with the bytes written so far.
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try buffer.withUnsafeBytes(body)
  }

  /// Forgets the bytes, keeping the room.
  mutating func removeAll() { buffer.removeAll() }

  /// Exchanges the encoder's buffer with `other`: an encoder given a buffer with bytes in it
  /// appends after them, and its offsets (`count`, `setInteger(_:at:)`) count them too.
  mutating func swapBuffer(with other: inout ByteBuffer) { swap(&buffer, &other) }

  /// Appends one byte.
  @inline(__always)
  mutating func append(_ byte: UInt8) { buffer.append(byte) }

  /// Appends bytes as they are.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

  /// Appends bytes as they are.
  mutating func append(_ bytes: [UInt8]) { buffer.append(bytes) }

  /// Appends `value` as 8 bytes, little endian.
  mutating func integer(_ value: Int) {
    Swift.withUnsafeBytes(of: Int64(value).littleEndian) { buffer.append($0) }
  }

  /// Overwrites the 8 bytes at `offset` (written by `integer(_:)`) with `value`.
  mutating func setInteger(_ value: Int, at offset: Int) {
    Swift.withUnsafeBytes(of: Int64(value).littleEndian) { buffer.overwrite(at: offset, with: $0) }
  }

  /// Appends the bit pattern of `value`, little endian.
  mutating func number(_ value: Double) {
    Swift.withUnsafeBytes(of: value.bitPattern.littleEndian) { buffer.append($0) }
  }

  /// Appends `value` as a 4-byte length and its UTF-8.
  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      Swift.withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { buffer.append($0) }
      buffer.append(utf8)
    }
  }

  /// Appends 1 for true, 0 for false.
  mutating func boolean(_ value: Bool) { buffer.append(value ? 1 : 0) }
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
