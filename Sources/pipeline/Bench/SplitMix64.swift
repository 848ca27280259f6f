/// The SplitMix64 pseudo-random generator (Steele, Lea and Flood 2014): 64 bits of state, fast,
/// and the same sequence on every machine and Swift version.
///
/// The benchmark corpus is built with it instead of `SystemRandomNumberGenerator` (not
/// reproducible) or `Int.random(in:using:)` (whose reduction of the raw bits is the standard
/// library's business and may change), so the same seed always gives the same bytes.
struct SplitMix64: Sendable {
  /// The state, advanced by the golden-ratio increment on every draw.
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0), by the multiply-and-take-the-high-word reduction.
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
  }

  /// True with the given chance in percent.
  mutating func chance(_ percent: Int) -> Bool {
    below(100) < percent
  }

  /// A random element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }
}
