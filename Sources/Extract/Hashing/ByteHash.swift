/// A fast 64-bit hash of a short byte string, for the in-memory tables that look up a word or
/// an id per token: up to 16 bytes it reads two overlapping words and mixes them with two
/// full-width multiplications, instead of one multiplication per byte as FNV-1a does.
///
/// Its values are never written anywhere and never order anything that is, so they may change
/// with the implementation; ids derived from bytes keep their own hash (`NameResolver.fnv1a`).
package enum ByteHash {
  /// The hash of `bytes`.
  /// - Complexity: O(n) in the number of bytes.
  @inlinable @inline(__always)
  package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    guard let base = UnsafeRawPointer(bytes.baseAddress), count > 0 else {
      return mix(secret0, secret1)
    }
    var seed = secret2 ^ UInt64(truncatingIfNeeded: count)
    var first: UInt64
    var second: UInt64
    if count >= 8 {
      var offset = 0
      // Whole 16-byte stretches before the last 16 bytes.
      while count &- offset > 16 {
        seed = mix(
          word(base, offset) ^ secret0, word(base, offset &+ 8) ^ seed)
        offset &+= 16
      }
      first = word(base, count >= 16 ? count &- 16 : 0)
      second = word(base, count &- 8)
    } else if count >= 4 {
      first = UInt64(base.loadUnaligned(as: UInt32.self))
      second = UInt64(base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
    } else {
      first =
        UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count &- 1])
      second = 0
    }
    return mix(
      mix(first ^ secret1, second ^ seed) ^ secret0, UInt64(truncatingIfNeeded: count) ^ secret1)
  }

  /// The hash of a byte sequence, through its contiguous storage when it has one.
  /// - Complexity: O(n) in the number of bytes.
  @inlinable
  package static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    if let hash = bytes.withContiguousStorageIfAvailable({ hash($0) }) { return hash }
    return Array(bytes).withUnsafeBufferPointer { hash($0) }
  }

  /// Eight bytes from `offset`, little-endian.
  @inlinable @inline(__always)
  static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The high and low halves of the 128-bit product, folded together.
  @inlinable @inline(__always)
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }

  /// Odd constants with about half their bits set, from the digits of π.
  @inlinable static var secret0: UInt64 { 0x243f_6a88_85a3_08d3 }
  @inlinable static var secret1: UInt64 { 0x1319_8a2e_0370_7345 }
  @inlinable static var secret2: UInt64 { 0xa409_3822_299f_31d1 }
}
