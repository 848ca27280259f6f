import Foundation
import Testing

@testable import pipeline

/// The whole pipeline on the repository's sample articles, compared with golden tables.
///
/// Re-record the golden tables on purpose with `PIPELINE_RECORD_GOLDEN=1 swift test`; recording
/// fails the test, so nobody records by accident.
@Suite(.serialized) struct SampleRunTests {
  static let tables = [
    "documents.csv", "mentions.csv", "entities.csv", "dates.csv", "variants.csv",
    "documents.jsonl", "mentions.jsonl", "entities.jsonl", "dates.jsonl", "variants.jsonl",
    "datapackage.json",
  ]

  private func runSamples(into output: String, threads: Int = 2) throws -> ExitCode {
    try Pipeline.dispatch([
      "run", "--input", RepositoryPaths.samples, "--output", output, "--config",
      RepositoryPaths.config,
      "--threads", String(threads), "--quiet",
    ])
  }

  @Test func sampleRunMatchesGoldenTables() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(try runSamples(into: folder.path) == .success)
    let recording = ProcessInfo.processInfo.environment["PIPELINE_RECORD_GOLDEN"] == "1"
    for name in Self.tables {
      let produced = try #require(FileManager.default.contents(atPath: folder.path + "/" + name))
      let goldenPath = RepositoryPaths.golden + "/" + name
      if recording {
        try produced.write(to: URL(fileURLWithPath: goldenPath))
        continue
      }
      let golden = try #require(
        FileManager.default.contents(atPath: goldenPath), "missing golden \(name)")
      #expect(produced == golden, "\(name) differs from Tests/EndToEndTests/Golden/\(name)")
    }
    #expect(!recording, "golden tables re-recorded; run again without PIPELINE_RECORD_GOLDEN")
  }

  @Test func tablesAreByteIdenticalAcrossThreadCounts() throws {
    let one = try TemporaryFolder()
    let two = try TemporaryFolder()
    defer {
      one.remove()
      two.remove()
    }
    #expect(try runSamples(into: one.path, threads: 1) == .success)
    #expect(try runSamples(into: two.path, threads: 4) == .success)
    for name in Self.tables {
      let a = FileManager.default.contents(atPath: one.path + "/" + name)
      let b = FileManager.default.contents(atPath: two.path + "/" + name)
      #expect(a != nil && a == b, "\(name)")
    }
  }

  @Test func countsSpilledToDiskGiveTheGoldenTables() throws {
    // A config whose counts of entities spill to sorted runs after every 7 entities.
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let config = folder.path + "/config"
    try FileManager.default.copyItem(atPath: RepositoryPaths.config, toPath: config)
    let settings = try String(contentsOfFile: config + "/pipeline.json", encoding: .utf8)
    try settings.replacingOccurrences(
      of: "\"threads\"", with: "\"entity_memory_limit\": 7, \"threads\""
    )
    .write(toFile: config + "/pipeline.json", atomically: true, encoding: .utf8)
    let output = folder.path + "/output"
    #expect(
      try Pipeline.dispatch([
        "run", "--input", RepositoryPaths.samples, "--output", output, "--config", config,
        "--quiet",
      ]) == .success)
    for name in Self.tables {
      let produced = FileManager.default.contents(atPath: output + "/" + name)
      let golden = FileManager.default.contents(atPath: RepositoryPaths.golden + "/" + name)
      #expect(produced != nil && produced == golden, "\(name)")
    }
    let published = try FileManager.default.contentsOfDirectory(atPath: output + "/tables")
    #expect(!published.contains { $0.hasPrefix(".spill") }, "\(published)")
  }

  @Test func manyBatchesGiveTheSameTablesWithOneOrFourThreadsAndSpilledCounts() throws {
    // 300 generated articles: several batches, overlapping writes, and counts that spill to
    // sorted runs after every 50 entities in one of the runs.
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try BenchCorpusTests.corpus().write(count: 300, into: folder.path + "/corpus")
    let config = folder.path + "/config"
    try FileManager.default.copyItem(atPath: RepositoryPaths.config, toPath: config)
    let settings = try String(contentsOfFile: config + "/pipeline.json", encoding: .utf8)
    try settings.replacingOccurrences(
      of: "\"threads\"", with: "\"entity_memory_limit\": 50, \"threads\""
    ).write(toFile: config + "/pipeline.json", atomically: true, encoding: .utf8)
    func run(_ output: String, threads: Int, config: String) throws -> ExitCode {
      try Pipeline.dispatch([
        "run", "--input", folder.path + "/corpus", "--output", folder.path + "/" + output,
        "--config", config, "--threads", String(threads), "--quiet",
      ])
    }
    #expect(try run("one", threads: 1, config: RepositoryPaths.config) == .success)
    #expect(try run("four", threads: 4, config: config) == .success)
    for name in Self.tables {
      let a = FileManager.default.contents(atPath: folder.path + "/one/" + name)
      let b = FileManager.default.contents(atPath: folder.path + "/four/" + name)
      #expect(a != nil && a == b, "\(name)")
    }
    let rows = try CSVTable(path: folder.path + "/one/entities.csv").rows
    #expect(rows.count > 100)
  }

  /// Every mention and date row's surface is exactly the text at its code-point offsets.
  @Test func offsetsPointAtTheSurface() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(try runSamples(into: folder.path) == .success)
    let documents = try CSVTable(path: folder.path + "/documents.csv")
    var texts: [String: [Unicode.Scalar]] = [:]
    for row in documents.rows where row["status"] == "ok" {
      let data = try #require(
        FileManager.default.contents(atPath: RepositoryPaths.samples + "/" + row["path"]!))
      let text: String
      switch row["encoding"] {
      case "windows-1252": text = String(data: data, encoding: .windowsCP1252)!
      default: text = String(decoding: data, as: UTF8.self)
      }
      texts[row["doc_id"]!] = Array(text.unicodeScalars)
    }
    var checked = 0
    for table in ["mentions.csv", "dates.csv"] {
      for row in try CSVTable(path: folder.path + "/" + table).rows {
        let scalars = try #require(texts[row["doc_id"]!])
        let start = Int(row["start"]!)!
        let end = Int(row["end"]!)!
        var surface = String.UnicodeScalarView()
        surface.append(contentsOf: scalars[start..<end])
        #expect(String(surface) == row["surface"], "\(table) \(row)")
        checked += 1
      }
    }
    #expect(checked > 100)
  }
}
