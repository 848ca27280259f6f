import Extract
import Testing

@testable import pipeline

@Suite struct CorpusRunBatchTests {
  /// Files of the given listed sizes.
  private func files(_ sizes: [Int]) -> [DiscoveredFile] {
    sizes.enumerated().map { index, size in
      DiscoveredFile(relativePath: "\(index).txt", absolutePath: "/x/\(index).txt", byteCount: size)
    }
  }

  @Test func smallFilesGoByCount() {
    let batches = CorpusRun.batches(
      files(Array(repeating: 3_000, count: 10)), maxFiles: 4, maxBytes: 1 << 20)
    #expect(batches == [0..<4, 4..<8, 8..<10])
  }

  @Test func largeFilesGoByBytesAndEachStandsAlone() {
    let batches = CorpusRun.batches(
      files([100, 200, 900, 100, 1_500, 50, 50]), maxFiles: 64, maxBytes: 1_000)
    // 100+200 fit, +900 would not; 900+100 fit; 1,500 alone exceeds the budget; then 50+50.
    #expect(batches == [0..<2, 2..<4, 4..<5, 5..<7])
  }

  @Test func everyFileIsInExactlyOneBatch() {
    let sizes = (0..<500).map { ($0 * 7_919) % 40_000 }
    let batches = CorpusRun.batches(files(sizes), maxFiles: 64, maxBytes: 100_000)
    #expect(batches.flatMap { Array($0) } == Array(0..<500))
    #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= 64 })
    #expect(
      batches.allSatisfy { range in
        range.count == 1 || range.reduce(0) { $0 + sizes[$1] } <= 100_000
      })
  }

  @Test func noFilesNoBatches() {
    #expect(CorpusRun.batches([], maxFiles: 64, maxBytes: 1_000).isEmpty)
  }
}
