import Foundation

/// A moment as an ISO 8601 UTC timestamp to the second (`2026-12-01T23:55:29Z`), the form
/// `ISO8601DateFormatter` writes by default, without loading time zone data for it.
enum UTCTimestamp {
  /// `date` as `YYYY-MM-DDTHH:MM:SSZ`: rounded to the millisecond, then the fraction dropped,
  /// as `ISO8601DateFormatter` does.
  static func string(from date: Date) -> String {
    let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
    var seconds = time_t((milliseconds / 1000).rounded(.down))
    var parts = tm()
    guard gmtime_r(&seconds, &parts) != nil else {
      return ISO8601DateFormatter().string(from: date)
    }
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
  }
}
