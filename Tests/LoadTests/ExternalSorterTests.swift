import Foundation
import Testing

@testable import Load

/// Sorting through run files: order by both keys, ties in the order added, files removed.
@Suite struct ExternalSorterTests {
  private func record(_ primary: String, _ secondary: String = "", _ value: String) -> SpillRecord {
    SpillRecord(
      primary: Array(primary.utf8), secondary: Array(secondary.utf8), value: Array(value.utf8))
  }

  /// `primary/secondary=value` for every record, in the order the sorter gives them.
  private func merged(_ sorter: ExternalSorter) throws -> [String] {
    var out: [String] = []
    try sorter.forEachInOrder { record in
      out.append(
        String(decoding: record.primary, as: UTF8.self) + "/"
          + String(decoding: record.secondary, as: UTF8.self) + "="
          + String(decoding: record.value, as: UTF8.self))
    }
    return out
  }

  @Test(arguments: [1, 150, 1 << 30]) func ordersByBothKeysAndKeepsTiesInOrder(budget: Int) throws {
    let folder = try TemporaryFolder()
    let sorter = ExternalSorter(directory: folder.url, name: ".spill-test", budget: budget)
    let input = [
      record("Öl", "b", "1"), record("Kiew", "kyiv", "2"), record("Öl", "a", "3"),
      record("Kiew", "kyiv", "4"), record("", "", "5"), record("Kiew", "", "6"),
      record("Kiewer", "kyiv", "7"), record("Öl", "b", "8"),
    ]
    for entry in input { try sorter.add(entry) }
    #expect(
      try merged(sorter) == [
        "/=5", "Kiew/=6", "Kiew/kyiv=2", "Kiew/kyiv=4", "Kiewer/kyiv=7", "Öl/a=3", "Öl/b=1",
        "Öl/b=8",
      ])
    #expect(sorter.hasRuns == (budget < 1 << 30))
    // Reading again gives the same order; removing the runs leaves an empty folder.
    #expect(try merged(sorter).count == 8)
    try sorter.removeRuns()
    #expect(try folder.names().isEmpty)
  }

  @Test func runsAndTheBufferMergeIntoOneOrder() throws {
    let folder = try TemporaryFolder()
    let sorter = ExternalSorter(directory: folder.url, name: ".spill-test", budget: 1 << 30)
    var expected: [String] = []
    for round in 0..<4 {
      for key in stride(from: 99 - round, through: 0, by: -4) {
        try sorter.add(record(String(format: "k%03d", key), "", "\(round)"))
        expected.append(String(format: "k%03d/=%d", key, round))
      }
      if round < 3 { try sorter.writeRun() }
    }
    #expect(sorter.runPaths.count == 3)
    #expect(try merged(sorter) == expected.sorted())
    try sorter.removeRuns()
  }

  @Test func manyRunsAreMergedSoFewFilesAreOpenAtOnce() throws {
    let folder = try TemporaryFolder()
    // One record per run: 100 runs are merged down as they pile up.
    let sorter = ExternalSorter(directory: folder.url, name: ".spill-test", budget: 1)
    for index in 0..<100 { try sorter.add(record("k\(index % 10)", "", "\(index)")) }
    #expect(sorter.runPaths.count < ExternalSorter.fanIn)
    #expect(try folder.names().count == sorter.runPaths.count)
    // Equal keys keep the order they were added in, across the merged runs.
    let expected = (0..<10).flatMap { key in (0..<10).map { "k\(key)/=\($0 * 10 + key)" } }
    #expect(try merged(sorter) == expected)
    try sorter.removeRuns()
    #expect(try folder.names().isEmpty)
  }

  @Test func aDamagedRunIsAReadError() throws {
    let folder = try TemporaryFolder()
    let sorter = ExternalSorter(directory: folder.url, name: ".spill-test", budget: 1)
    try sorter.add(record("Jerewan", "", String(repeating: "x", count: 100)))
    let path = try #require(sorter.runPaths.first)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try bytes.prefix(bytes.count - 10).write(to: URL(fileURLWithPath: path))
    #expect(throws: OutputError.self) { try merged(sorter) }
    do {
      _ = try merged(sorter)
    } catch let error as OutputError {
      #expect(error.operation == .read && error.path == path)
    }
  }
}
