/// SHA-256 (FIPS 180-4) over bytes, written here because the tool has no package dependencies.
///
/// Used for the `sha256` column of `documents` and for content-derived ids. Whole 64-byte blocks
/// are compressed straight from the caller's memory; only a partial block is copied, into a
/// fixed 64-byte buffer inside the value, so hashing allocates nothing but the digest. Blocks
/// go through the processor's SHA instructions where it has them (see `Engine`).
package struct SHA256: Sendable {
  /// How this hash compresses its blocks.
  private let engine: Engine
  /// The eight working words H0…H7 between blocks.
  private var state = State()
  /// Bytes of a block not yet complete (only the first `pendingCount` are used).
  private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0)
  /// How many bytes of `pending` are filled (0..<64).
  private var pendingCount = 0
  /// Total bytes fed so far.
  private var length: UInt64 = 0

  /// Creates an empty hash state that compresses with `engine`.
  package init(engine: Engine = .fastest) {
    precondition(engine.isAvailable, "SHA-256 engine \(engine) is not available on this machine")
    self.engine = engine
  }

  /// The lowercase hex digest of `bytes`.
  /// - Complexity: O(n) in the number of bytes.
  package static func hex(_ bytes: some Collection<UInt8>, engine: Engine = .fastest) -> String {
    var hasher = SHA256(engine: engine)
    let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      hasher.update(UnsafeRawBufferPointer(buffer))
    }
    if done == nil { hasher.update(Array(bytes)) }
    return hasher.finalize().hexString
  }

  /// Feeds more bytes into the hash.
  /// - Complexity: O(n) in the number of bytes.
  package mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Feeds the bytes of a buffer into the hash.
  /// - Complexity: O(n) in the number of bytes.
  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if pendingCount > 0 {
      let take = min(64 - pendingCount, bytes.count)
      let filled = pendingCount
      withUnsafeMutableBytes(of: &pending) { block in
        block.baseAddress!.advanced(by: filled).copyMemory(from: base, byteCount: take)
      }
      pendingCount += take
      offset = take
      guard pendingCount == 64 else { return }
      withUnsafeBytes(of: pending) { block in
        compress(block.baseAddress!, count: 1)
      }
      pendingCount = 0
    }
    let whole = (bytes.count - offset) / 64
    if whole > 0 {
      compress(base + offset, count: whole)
      offset += whole * 64
    }
    let rest = bytes.count - offset
    if rest > 0 {
      withUnsafeMutableBytes(of: &pending) { block in
        block.baseAddress!.copyMemory(from: base + offset, byteCount: rest)
      }
      pendingCount = rest
    }
  }

  /// Finishes the hash and returns the 32-byte digest.
  package mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail: (Block, Block) = ((0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0))
    let tailCount = pendingCount + 9 <= 64 ? 64 : 128
    let filled = pendingCount
    withUnsafeMutableBytes(of: &tail) { out in
      withUnsafeBytes(of: pending) {
        out.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: filled)
      }
      out[filled] = 0x80
      out.storeBytes(of: bitLength.bigEndian, toByteOffset: tailCount - 8, as: UInt64.self)
      compress(UnsafeRawPointer(out.baseAddress!), count: tailCount / 64)
    }
    pendingCount = 0
    let words = (
      state.a.bigEndian, state.b.bigEndian, state.c.bigEndian, state.d.bigEndian,
      state.e.bigEndian, state.f.bigEndian, state.g.bigEndian, state.h.bigEndian
    )
    return withUnsafeBytes(of: words) { [UInt8]($0) }
  }

  /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into the state.
  private mutating func compress(_ blocks: UnsafeRawPointer, count: Int) {
    switch engine {
    case .portable: Self.compress(&state, blocks: blocks, count: count)
    case .shaExtensions: Self.compressWithExtensions(&state, blocks: blocks, count: count)
    }
  }
}

extension SHA256 {
  /// The eight 32-bit words of the hash value H0…H7, as separate stored properties so they stay
  /// in registers.
  struct State: Sendable {
    var a: UInt32 = 0x6a09_e667, b: UInt32 = 0xbb67_ae85, c: UInt32 = 0x3c6e_f372
    var d: UInt32 = 0xa54f_f53a, e: UInt32 = 0x510e_527f, f: UInt32 = 0x9b05_688c
    var g: UInt32 = 0x1f83_d9ab, h: UInt32 = 0x5be0_cd19
  }

  /// 64 bytes of inline storage for a partial block.
  fileprivate typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into `state`.
  /// - Complexity: O(n) in the number of blocks.
  private static func compress(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
    roundConstants.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for block in 0..<count {
          let bytes = blocks + block &* 64
          for i in 0..<16 {
            w[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
          }
          for i in 16..<64 {
            let w15 = w[i &- 15]
            let w2 = w[i &- 2]
            let s0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
            let s1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
            w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
          }
          var a = state.a
          var b = state.b
          var c = state.c
          var d = state.d
          var e = state.e
          var f = state.f
          var g = state.g
          var h = state.h
          var i = 0
          while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
            i &+= 8
          }
          state.a &+= a
          state.b &+= b
          state.c &+= c
          state.d &+= d
          state.e &+= e
          state.f &+= f
          state.g &+= g
          state.h &+= h
        }
      }
    }
  }

  /// One round with the roles of the working words passed in rotated order, so the eight
  /// words never move: `d` becomes the new `e` and `h` the new `a`. `kw` is K[t] + W[t].
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let choice = g ^ (e & (f ^ g))
    let t1 = h &+ s1 &+ choice &+ kw
    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    let majority = (a & b) | (c & (a | b))
    d &+= t1
    h = t1 &+ s0 &+ majority
  }

  /// The round constants K (first 32 bits of the fractional parts of the cube roots of the
  /// first 64 primes).
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}

extension UInt32 {
  @inline(__always)
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    (self >> count) | (self << (32 &- count))
  }
}

extension [UInt8] {
  /// The bytes as lowercase hexadecimal.
  package var hexString: String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(count * 2)
    for byte in self {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
