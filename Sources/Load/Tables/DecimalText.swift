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
    if !appendShortDecimal(value, to: &buffer) { buffer.append(utf8: value.description) }
    return true
  }

  /// The powers of ten `appendShortDecimal` tries, as exact doubles.
  private static let powersOfTen: [Double] = [1, 10, 100, 1000, 10000]

  /// Appends `value` the way `description` spells it, without building a `String`, when it is
  /// zero or has at most four decimals and a magnitude in 0.001..<1e9 (confidences, shares);
  /// returns `false` (appending nothing) otherwise.
  ///
  /// The shortest round-trip form of such a value is `n / 10^k` for the smallest `k` at which
  /// `Double(n) / 10^k`, with `n` the nearest integer to `value · 10^k`, is `value` again (both
  /// operands are exact, and IEEE division rounds like reading the decimal back).
  /// - Complexity: O(1).
  static func appendShortDecimal(_ value: Double, to buffer: inout ByteBuffer) -> Bool {
    let magnitude = value.magnitude
    guard magnitude == 0 || (magnitude >= 0.001 && magnitude < 1e9) else { return false }
    for decimals in powersOfTen.indices {
      let scale = powersOfTen[decimals]
      let scaled = (magnitude * scale).rounded()
      guard scaled / scale == magnitude else { continue }
      if value.sign == .minus { buffer.append(ASCII.minus) }
      let digits = Int(scaled)
      let divisor = Int(scale)
      appendInteger(digits / divisor, to: &buffer)
      buffer.append(ASCII.period)
      if decimals == 0 {
        buffer.append(ASCII.zero)
        return true
      }
      var fraction = digits % divisor
      var place = divisor / 10
      while place > 0 {
        buffer.append(ASCII.zero &+ UInt8(truncatingIfNeeded: fraction / place))
        fraction %= place
        place /= 10
      }
      return true
    }
    return false
  }
}
