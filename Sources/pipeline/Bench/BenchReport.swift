import Foundation

/// The measurements of one `pipeline bench` and the line it prints of them.
struct BenchReport {
  /// The number of generated articles.
  var articles: Int
  /// Their size in bytes.
  var bytes: Int
  /// The full runs with the articles in memory.
  var full = RoundTimes()
  /// The second runs over the unchanged articles.
  var unchanged = RoundTimes()
  /// The full runs with the articles dropped from the page cache; no rounds where that is not
  /// possible.
  var fromDisk = RoundTimes()
  /// The date tagger's MB/s on one core.
  var dateTaggerMBPerSecond: Double = 0
  /// The largest peak resident set size of the runs over the articles in memory, in bytes.
  var peakBytes: Int = 0
  /// The number of cores.
  var cores: Int = 1

  /// The articles' size in MB (2^20 bytes).
  private var megabytes: Double { Double(bytes) / 1_048_576 }

  /// The line `pipeline bench` prints. One round gives each run's seconds; more give each
  /// measure's median with the best and slowest round, and the MB/s of the median and the best.
  var line: String {
    var parts: [String] = []
    let rounds = full.count
    if rounds > 1 {
      parts.append(
        String(format: "bench: %d articles, %.1f MB, %d rounds: ", articles, megabytes, rounds)
          + String(
            format: "full run median %.2f s = %.1f MB/s, %.0f documents/s "
              + "(best %.2f s = %.1f MB/s, slowest %.2f s)",
            full.median, megabytes / full.median, Double(articles) / full.median, full.best,
            megabytes / full.best, full.slowest))
      parts.append(
        String(
          format: "second run (unchanged, all tables rewritten) median %.2f s (%.2f–%.2f s)",
          unchanged.median, unchanged.best, unchanged.slowest))
      if fromDisk.count > 0 {
        parts.append(
          String(
            format: "full run from disk (articles dropped from the page cache) median %.2f s = "
              + "%.1f MB/s (%.2f–%.2f s)",
            fromDisk.median, megabytes / fromDisk.median, fromDisk.best, fromDisk.slowest))
      }
    } else {
      parts.append(
        String(
          format: "bench: %d articles, %.1f MB: full run %.2f s = %.1f MB/s, %.0f documents/s",
          articles, megabytes, full.median, megabytes / full.median,
          Double(articles) / full.median))
      parts.append(
        String(
          format: "second run (unchanged, all tables rewritten) %.2f s", unchanged.median))
      if fromDisk.count > 0 {
        parts.append(
          String(
            format: "full run from disk (articles dropped from the page cache) %.2f s = %.1f MB/s",
            fromDisk.median, megabytes / fromDisk.median))
      }
    }
    parts.append(String(format: "date tagger alone %.1f MB/s on one core", dateTaggerMBPerSecond))
    parts.append(String(format: "peak memory %.0f MB", Double(peakBytes) / 1_048_576))
    parts.append("\(cores) cores")
    return parts.joined(separator: "; ")
  }
}
