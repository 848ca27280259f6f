import Foundation
import Load

/// `OUTPUT/run.json`: what one run did, with the facts that must stay out of the tables
/// (times, host). Written after the tables were published.
struct RunManifest {
  var version: String
  var input: String
  var output: String
  var started: Date
  var finished: Date
  var threads: Int
  var statusCounts: [String: Int]
  /// Documents whose analysis came from the previous run's cache.
  var reused: Int
  /// The configuration fingerprint the cache is keyed by.
  var configurationHash: String
  var tables: [TableStats]
  var warnings: [String]

  /// Seconds the run took.
  var duration: Double { finished.timeIntervalSince(started) }

  /// `pipeline: 6 documents (6 ok, 0 skipped, 0 error), 212 mentions, 98 dates in 0.4 s → output`.
  func summaryLine() -> String {
    let documents = statusCounts.values.reduce(0, +)
    let rows = Dictionary(uniqueKeysWithValues: tables.map { ($0.table, $0.rows) })
    let statuses = ["ok", "skipped", "error"].map { "\(statusCounts[$0] ?? 0) \($0)" }.joined(
      separator: ", ")
    return "pipeline: \(documents) documents (\(statuses)), \(rows["mentions"] ?? 0) mentions, "
      + "\(rows["entities"] ?? 0) entities, \(rows["dates"] ?? 0) dates, \(reused) reused, in "
      + String(format: "%.2f", duration) + " s → \(output)"
      + (warnings.isEmpty ? "" : ", \(warnings.count) warning(s)")
  }

  /// Writes `run.json` next to the tables (via a temporary file and a rename), keys sorted.
  func write(to directory: String) {
    let temporary = directory + "/.run.json.tmp"
    guard (try? Data(json().rendered()).write(to: URL(fileURLWithPath: temporary))) != nil else {
      return
    }
    _ = rename(temporary, directory + "/run.json")
  }

  /// The manifest as a JSON object with its keys in sorted order. Written without
  /// `JSONSerialization`, whose sorted keys load ICU's collation data (10–15 ms at the end of
  /// every run).
  func json() -> DescriptorJSON {
    func counts(_ pairs: [(String, Int)]) -> DescriptorJSON {
      .object(pairs.sorted { $0.0 < $1.0 }.map { (key: $0.0, value: .integer($0.1)) })
    }
    return .object([
      ("configuration_hash", .string(configurationHash)),
      ("documents", counts(statusCounts.map { ($0.key, $0.value) })),
      ("duration_seconds", .number((duration * 1000).rounded() / 1000)),
      ("finished", .string(UTCTimestamp.string(from: finished))),
      ("host", .string(ProcessInfo.processInfo.hostName)),
      ("input", .string(input)),
      ("output", .string(output)),
      ("reused_from_cache", .integer(reused)),
      ("started", .string(UTCTimestamp.string(from: started))),
      ("tables", counts(tables.map { ($0.table, $0.rows) })),
      ("threads", .integer(threads)),
      ("version", .string(version)),
      ("warnings", .strings(warnings)),
    ])
  }
}
