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

  /// Writes `run.json` next to the tables (via a temporary file and a rename).
  func write(to directory: String) {
    let object: [String: Any] = [
      "version": version,
      "input": input,
      "output": output,
      "started": UTCTimestamp.string(from: started),
      "finished": UTCTimestamp.string(from: finished),
      "duration_seconds": (duration * 1000).rounded() / 1000,
      "host": ProcessInfo.processInfo.hostName,
      "threads": threads,
      "reused_from_cache": reused,
      "configuration_hash": configurationHash,
      "documents": statusCounts,
      "tables": Dictionary(uniqueKeysWithValues: tables.map { ($0.table, $0.rows) }),
      "warnings": warnings,
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    else { return }
    let temporary = directory + "/.run.json.tmp"
    let url = URL(fileURLWithPath: temporary)
    guard (try? data.write(to: url)) != nil else { return }
    _ = rename(temporary, directory + "/run.json")
  }
}
