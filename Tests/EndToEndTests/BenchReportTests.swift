import Testing

@testable import pipeline

/// The benchmark's rounds and the line it prints of them.
@Suite struct BenchReportTests {
  /// A report of 10,000 articles of 30.2 MB on two cores with a peak of 113 MB.
  private func report(
    full: [Double], unchanged: [Double], fromDisk: [Double], dateTagger: Double
  ) -> BenchReport {
    var report = BenchReport(articles: 10_000, bytes: 31_666_000)
    report.full = RoundTimes(full)
    report.unchanged = RoundTimes(unchanged)
    report.fromDisk = RoundTimes(fromDisk)
    report.dateTaggerMBPerSecond = dateTagger
    report.peakBytes = 118_489_088
    report.cores = 2
    return report
  }

  @Test func medianOfAnOddAndAnEvenNumberOfRounds() {
    let odd = RoundTimes([1.4, 1.2, 1.3])
    #expect(odd.median == 1.3)
    #expect(odd.best == 1.2)
    #expect(odd.slowest == 1.4)
    let even = RoundTimes([2.0, 1.0, 4.0, 3.0])
    #expect(even.median == 2.5)
    #expect(even.count == 4)
    #expect(RoundTimes().median == 0)
    var added = RoundTimes()
    added.add(0.5)
    added.add(0.25)
    #expect(added == RoundTimes([0.5, 0.25]))
  }

  @Test func oneRoundPrintsEachRunsSeconds() {
    let report = report(full: [1.25], unchanged: [0.65], fromDisk: [1.4], dateTagger: 135.06)
    #expect(
      report.line
        == "bench: 10000 articles, 30.2 MB: full run 1.25 s = 24.2 MB/s, 8000 documents/s; "
        + "second run (unchanged, all tables rewritten) 0.65 s; full run from disk (articles "
        + "dropped from the page cache) 1.40 s = 21.6 MB/s; date tagger alone 135.1 MB/s on one "
        + "core; peak memory 113 MB; 2 cores")
  }

  @Test func severalRoundsPrintMediansWithTheBestAndSlowest() {
    let report = report(
      full: [1.30, 1.20, 1.50], unchanged: [0.70, 0.60, 0.64], fromDisk: [], dateTagger: 120)
    #expect(
      report.line
        == "bench: 10000 articles, 30.2 MB, 3 rounds: full run median 1.30 s = 23.2 MB/s, "
        + "7692 documents/s (best 1.20 s = 25.2 MB/s, slowest 1.50 s); second run (unchanged, "
        + "all tables rewritten) median 0.64 s (0.60–0.70 s); date tagger alone 120.0 MB/s on "
        + "one core; peak memory 113 MB; 2 cores")
  }

  @Test func roundsMustBeAPositiveWholeNumber() throws {
    for value in ["0", "-2", "drei"] {
      let arguments = try ParsedArguments.parse(
        ["--rounds", value], spec: BenchCommand.spec, program: "pipeline")
      do {
        _ = try BenchCommand.run(arguments, program: "pipeline")
        Issue.record("no error for --rounds \(value)")
      } catch {
        #expect(error.code == .usage)
        #expect(
          error.message
            == "--rounds needs a positive whole number (see `pipeline bench --help`)")
      }
    }
  }
}
