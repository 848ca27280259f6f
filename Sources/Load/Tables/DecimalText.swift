/// Locale-independent decimal text for numbers, appended straight into a byte buffer.
enum DecimalText {
  /// Appends `value` in decimal digits with a leading `-` if negative.
  /// - Complexity: O(number of digits).
  @inline(__always)
  static func appendInteger(_ value: Int, to buffer: inout ByteBuffer) {
    if value >= 0 && value < 10 {
      buffer.append(ASCII.zero &+ UInt8(truncatingIfNeeded: value))
      return
    }
    if value < 0 { buffer.append(ASCII.minus) }
    var magnitude = value.magnitude
    // Digits come out last first; collect them on the stack, then append them in order.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
        start -= 1
        digits[start] = ASCII.zero &+ UInt8(truncatingIfNeeded: digit)
        magnitude = quotient
      } while magnitude != 0
      buffer.append(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Appends a finite `value` in Swift's shortest round-trip form (`0.1`, `2.0`, `1e-05`,
  /// `1e+16`), which is also valid JSON; returns `false` (appending nothing) for NaN and
  /// infinities, which the caller spells per format.
  /// - Complexity: O(1).
  static func appendFiniteNumber(_ value: Double, to buffer: inout ByteBuffer) -> Bool {
    guard value.isFinite else { return false }
    buffer.append(utf8: value.description)
    return true
  }
}
