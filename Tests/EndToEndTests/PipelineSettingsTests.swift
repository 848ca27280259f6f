import Foundation
import Testing

@testable import pipeline

/// `pipeline.json`: values read with their defaults, and bad values refused before any work.
@Suite struct PipelineSettingsTests {
  /// The settings read from a config folder whose `pipeline.json` is `json`, or the failure.
  private func load(_ json: String) throws -> Result<PipelineSettings, CommandFailure> {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("config/pipeline.json", Array(json.utf8))
    do {
      return .success(try PipelineSettings.load(configDirectory: folder.path + "/config"))
    } catch {
      return .failure(error)
    }
  }

  @Test func readsValuesAndDefaults() throws {
    let settings = try load(#"{"threads": 3, "entity_memory_limit": 5000, "csv_bom": false}"#).get()
    #expect(settings.threads == 3)
    #expect(settings.entityMemoryLimit == 5000)
    #expect(!settings.csvBOM)
    #expect(settings.maxFileBytes == 8 << 20)
    #expect(settings.input.hasSuffix("/samples"))
  }

  @Test(arguments: [
    (#"{"entity_memory_limit": 0}"#, "entity_memory_limit must be at least 1, not 0"),
    (#"{"max_file_bytes": -5}"#, "max_file_bytes must be at least 1, not -5"),
    (#"{"threads": -1}"#, "threads must be at least 0, not -1"),
    (#"{"thread": 2}"#, "unknown key(s) thread"),
    (#"{"threads": "two"}"#, "threads has the wrong type"),
  ])
  func refusesBadValuesWithTheFileAndKey(_ json: String, _ message: String) throws {
    guard case .failure(let failure) = try load(json) else {
      Issue.record("accepted \(json)")
      return
    }
    #expect(failure.code == .dataError)
    #expect(failure.message.contains("/config/pipeline.json: " + message), "\(failure.message)")
  }
}
