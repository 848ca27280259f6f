import Foundation
import Testing

@testable import pipeline

/// Incremental runs: unchanged files come from the analysis cache, changed, new and deleted files
/// are handled, a configuration change invalidates the cache, and the tables always equal those of
/// a full run.
@Suite struct IncrementalRunTests {
  static let tables = [
    "documents.csv", "mentions.csv", "entities.csv", "dates.csv", "variants.csv", "mentions.jsonl",
  ]

  private func run(
    _ input: String, _ output: String, config: String = RepositoryPaths.config, full: Bool = false
  )
    throws -> [String: Any]
  {
    var arguments = ["run", "--input", input, "--output", output, "--config", config, "--quiet"]
    if full { arguments.append("--full") }
    #expect(try Pipeline.dispatch(arguments) == .success)
    let data = try #require(FileManager.default.contents(atPath: output + "/run.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func copySamples(to folder: TemporaryFolder, names: [String]) throws {
    for name in names {
      let data = try #require(
        FileManager.default.contents(atPath: RepositoryPaths.samples + "/" + name))
      try folder.write(name, [UInt8](data))
    }
  }

  private func expectSameTables(_ a: String, _ b: String) {
    for name in Self.tables {
      let left = FileManager.default.contents(atPath: a + "/" + name)
      let right = FileManager.default.contents(atPath: b + "/" + name)
      #expect(left != nil && left == right, "\(name)")
    }
  }

  @Test func changedAddedAndDeletedFiles() throws {
    let input = try TemporaryFolder()
    let output = try TemporaryFolder()
    let reference = try TemporaryFolder()
    defer {
      input.remove()
      output.remove()
      reference.remove()
    }
    try copySamples(
      to: input,
      names: [
        "2024-03-15_kaukasus_gipfel.txt", "2024-05-22_ovks_gipfel.txt",
        "2024-04-03_georgien_wahlen.txt",
      ])
    let first = try run(input.path, output.path)
    #expect(first["reused_from_cache"] as? Int == 0)
    let second = try run(input.path, output.path)
    #expect(second["reused_from_cache"] as? Int == 3)

    try input.write(
      "2024-05-22_ovks_gipfel.txt", Array("Tokajew traf Paschinjan am Montag in Astana.\n".utf8))
    try input.write("neu.txt", Array("Schoigu reiste nach Minsk.\n".utf8))
    try FileManager.default.removeItem(atPath: input.path + "/2024-04-03_georgien_wahlen.txt")
    let third = try run(input.path, output.path)
    #expect(third["reused_from_cache"] as? Int == 1)
    _ = try run(input.path, reference.path, full: true)
    expectSameTables(output.path, reference.path)
    let documents = try CSVTable(path: output.path + "/documents.csv").rows.map { $0["path"]! }
    #expect(
      documents == ["2024-03-15_kaukasus_gipfel.txt", "2024-05-22_ovks_gipfel.txt", "neu.txt"])
  }

  @Test func configurationChangeInvalidatesTheCache() throws {
    let input = try TemporaryFolder()
    let output = try TemporaryFolder()
    let config = try TemporaryFolder()
    defer {
      input.remove()
      output.remove()
      config.remove()
    }
    try copySamples(to: input, names: ["2024-03-15_kaukasus_gipfel.txt"])
    try FileManager.default.removeItem(atPath: config.path)
    try FileManager.default.copyItem(atPath: RepositoryPaths.config, toPath: config.path)
    _ = try run(input.path, output.path, config: config.path)
    #expect(try run(input.path, output.path, config: config.path)["reused_from_cache"] as? Int == 1)
    let lexicon = config.path + "/lexicon/not_names.txt"
    let handle = try #require(FileHandle(forWritingAtPath: lexicon))
    handle.seekToEndOfFile()
    handle.write(Data("Gastgeber\n".utf8))
    try handle.close()
    #expect(try run(input.path, output.path, config: config.path)["reused_from_cache"] as? Int == 0)
    #expect(
      try run(input.path, output.path, config: config.path, full: true)["reused_from_cache"] as? Int
        == 0)
  }
}
