import Foundation
import Testing

@testable import pipeline

@Suite struct UTCTimestampTests {
  @Test(arguments: [
    0, 0.999_999_9, 951_782_400.999, 710_934_617.999_857_4, 1_764_633_329.5, 1_798_761_599,
    4_102_444_800,
  ])
  func matchesISO8601DateFormatter(seconds: Double) {
    let date = Date(timeIntervalSince1970: seconds)
    #expect(UTCTimestamp.string(from: date) == ISO8601DateFormatter().string(from: date))
  }

  @Test func spellsTheSecondInUTC() {
    #expect(
      UTCTimestamp.string(from: Date(timeIntervalSince1970: 1_796_169_329.75))
        == "2026-12-01T23:55:29Z")
  }
}
