import Load
import Testing

/// Numbers are written exactly as `Double.description` spells them, also on the fast path for
/// short decimals.
@Suite("Number formatting")
struct NumberFormattingTests {
  /// The CSV field `CSVRowFormatter` writes for `value`.
  private func csvField(_ value: Double) -> String {
    var buffer = ByteBuffer()
    CSVRowFormatter().append([.number(value)], to: &buffer)
    return String(decoding: buffer.bytes.dropLast(2), as: UTF8.self)
  }

  /// The JSON value `JSONLineFormatter` writes for `value`.
  private func jsonValue(_ value: Double) -> String {
    var buffer = ByteBuffer()
    JSONLineFormatter(fieldNames: ["x"]).append([.number(value)], to: &buffer)
    return String(decoding: buffer.bytes.dropFirst(5).dropLast(2), as: UTF8.self)
  }

  @Test(arguments: [
    0.0, -0.0, 1, 2, -1.5, 0.1, 0.2, 0.3, 0.7, 0.85, 0.9, 0.95, 0.001, 0.0015, 0.0001, 0.00123,
    1e-05,
    0.6000000000000001, 0.30000000000000004, 1.0 / 3, 123_456_789, 999_999_999.5, 1e9, 1e15, 1e16,
    12.5,
    100.25, 7.0625, 0.0625, 1e-3, 2.5e-3, 65_536.125,
  ])
  func matchesDescription(value: Double) {
    #expect(csvField(value) == value.description)
    #expect(jsonValue(value) == value.description)
  }

  @Test func shortDecimalsMatchDescription() {
    var checked = 0
    for decimals in 0...5 {
      var scale = 1.0
      for _ in 0..<decimals { scale *= 10 }
      for numerator in stride(from: -3000, through: 3000, by: 1) {
        let value = Double(numerator) / scale
        #expect(csvField(value) == value.description, "\(numerator) / \(scale)")
        checked += 1
      }
    }
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value =
        Double(bitPattern: (state >> 12) | 0x3FF0_0000_0000_0000) * Double(1 << (state % 24)) - 1
      #expect(csvField(value) == value.description)
      checked += 1
    }
    #expect(checked > 50_000)
  }
}
