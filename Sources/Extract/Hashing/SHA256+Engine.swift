#if SHA_EXTENSIONS
  import _Builtin_intrinsics.intel
  import _Builtin_intrinsics.intel.cpuid
#endif

extension SHA256 {
  /// How a hash compresses its 64-byte blocks. Both give the same digests; the SHA instructions
  /// of x86 processors (Intel since Goldmont and Ice Lake, AMD since Zen) are about six times
  /// faster than the portable arithmetic.
  package enum Engine: Sendable, CaseIterable {
    /// Plain Swift arithmetic, on every machine.
    case portable
    /// The x86 SHA extensions (`sha256rnds2`, `sha256msg1`, `sha256msg2`), where the build
    /// enables them (x86-64 hosts, see `Package.swift`) and the processor reports them.
    case shaExtensions

    /// The fastest engine this machine runs.
    package static let fastest: Engine = shaExtensions.isAvailable ? .shaExtensions : .portable

    /// Whether this machine runs the engine.
    package var isAvailable: Bool {
      switch self {
      case .portable: true
      case .shaExtensions: Self.processorHasSHAExtensions
      }
    }

    /// Whether this build includes the SHA instructions (x86-64 hosts without
    /// `PIPELINE_PORTABLE_SHA=1`, see `Package.swift`).
    package static var buildIncludesSHAExtensions: Bool {
      #if SHA_EXTENSIONS
        true
      #else
        false
      #endif
    }

    /// Whether the build includes the SHA instructions and CPUID leaf 7 reports them (EBX bit 29).
    private static let processorHasSHAExtensions: Bool = {
      #if SHA_EXTENSIONS
        var eax: UInt32 = 0
        var ebx: UInt32 = 0
        var ecx: UInt32 = 0
        var edx: UInt32 = 0
        guard __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        return ebx & (1 << 29) != 0
      #else
        return false
      #endif
    }()
  }

  #if SHA_EXTENSIONS
    /// Four 32-bit words in one SSE register, lowest word first.
    private typealias Lanes = SIMD4<UInt32>

    /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into `state` with the
    /// SHA instructions. The state is held as the two registers they expect, the words
    /// F E B A and H G D C (lowest first); each `sha256rnds2` does two rounds.
    /// - Complexity: O(n) in the number of blocks.
    static func compressWithExtensions(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
      var abef = Lanes(state.f, state.e, state.b, state.a)
      var cdgh = Lanes(state.h, state.g, state.d, state.c)
      roundConstants.withUnsafeBytes { constants in
        let k = constants.baseAddress!
        for block in 0..<count {
          let bytes = blocks + block &* 64
          let savedABEF = abef
          let savedCDGH = cdgh
          func word(_ index: Int) -> UInt32 {
            UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
          }
          func constants(_ group: Int) -> Lanes {
            k.loadUnaligned(fromByteOffset: group &* 16, as: Lanes.self)
          }
          var w0 = Lanes(word(0), word(1), word(2), word(3))
          var w1 = Lanes(word(4), word(5), word(6), word(7))
          var w2 = Lanes(word(8), word(9), word(10), word(11))
          var w3 = Lanes(word(12), word(13), word(14), word(15))
          fourRounds(w0, constants(0), &abef, &cdgh)
          fourRounds(w1, constants(1), &abef, &cdgh)
          fourRounds(w2, constants(2), &abef, &cdgh)
          fourRounds(w3, constants(3), &abef, &cdgh)
          var group = 4
          while group < 16 {
            w0 = schedule(w0, w1, w2, w3)
            fourRounds(w0, constants(group), &abef, &cdgh)
            w1 = schedule(w1, w2, w3, w0)
            fourRounds(w1, constants(group &+ 1), &abef, &cdgh)
            w2 = schedule(w2, w3, w0, w1)
            fourRounds(w2, constants(group &+ 2), &abef, &cdgh)
            w3 = schedule(w3, w0, w1, w2)
            fourRounds(w3, constants(group &+ 3), &abef, &cdgh)
            group &+= 4
          }
          abef &+= savedABEF
          cdgh &+= savedCDGH
        }
      }
      state.a = abef[3]
      state.b = abef[2]
      state.e = abef[1]
      state.f = abef[0]
      state.c = cdgh[3]
      state.d = cdgh[2]
      state.g = cdgh[1]
      state.h = cdgh[0]
    }

    /// Four rounds with the message words `w` and round constants `k` of one group.
    @inline(__always)
    private static func fourRounds(_ w: Lanes, _ k: Lanes, _ abef: inout Lanes, _ cdgh: inout Lanes)
    {
      let wk = w &+ k
      cdgh = lanes(_mm_sha256rnds2_epu32(register(cdgh), register(abef), register(wk)))
      let high = _mm_unpackhi_epi64(register(wk), register(wk))
      abef = lanes(_mm_sha256rnds2_epu32(register(abef), register(cdgh), high))
    }

    /// The message words of a group from those of the four groups before it, oldest first:
    /// W[t-16] + σ0(W[t-15]) + W[t-7] + σ1(W[t-2]).
    @inline(__always)
    private static func schedule(_ w0: Lanes, _ w1: Lanes, _ w2: Lanes, _ w3: Lanes) -> Lanes {
      let partial =
        lanes(_mm_sha256msg1_epu32(register(w0), register(w1)))
        &+ Lanes(w2[1], w2[2], w2[3], w3[0])
      return lanes(_mm_sha256msg2_epu32(register(partial), register(w3)))
    }

    /// The lanes as the `__m128i` the intrinsics take.
    @inline(__always)
    private static func register(_ lanes: Lanes) -> SIMD2<Int64> {
      unsafeBitCast(lanes, to: SIMD2<Int64>.self)
    }

    /// An `__m128i` an intrinsic returned, as lanes.
    @inline(__always)
    private static func lanes(_ register: SIMD2<Int64>) -> Lanes {
      unsafeBitCast(register, to: Lanes.self)
    }
  #else
    /// Without the SHA instructions in the build, `Engine.shaExtensions` is never available.
    static func compressWithExtensions(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
      preconditionFailure("this build has no SHA instructions")
    }
  #endif
}
