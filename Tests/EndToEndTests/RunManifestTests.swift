import Foundation
import Load
import Testing

@testable import pipeline

@Suite struct RunManifestTests {
  private func manifest(warnings: [String]) -> RunManifest {
    RunManifest(
      version: "0.1.0", input: "/data/in \"neu\"", output: "/data/out",
      started: Date(timeIntervalSince1970: 1_796_169_329.75),
      finished: Date(timeIntervalSince1970: 1_796_169_331.0006), threads: 2,
      statusCounts: ["skipped": 1, "ok": 5, "error": 2], reused: 3,
      configurationHash: "ab12",
      tables: [
        TableStats(table: "mentions", rows: 40, csvBytes: 0, jsonlBytes: 0),
        TableStats(table: "documents", rows: 8, csvBytes: 0, jsonlBytes: 0),
      ],
      warnings: warnings)
  }

  @Test func rendersSortedKeysAndEscapedStrings() {
    let text = String(decoding: manifest(warnings: ["a\tb", "c"]).json().rendered(), as: UTF8.self)
    let host = ProcessInfo.processInfo.hostName
    #expect(
      text == """
        {
          "configuration_hash": "ab12",
          "documents": {
            "error": 2,
            "ok": 5,
            "skipped": 1
          },
          "duration_seconds": 1.251,
          "finished": "2026-12-01T23:55:31Z",
          "host": "\(host)",
          "input": "/data/in \\"neu\\"",
          "output": "/data/out",
          "reused_from_cache": 3,
          "started": "2026-12-01T23:55:29Z",
          "tables": {
            "documents": 8,
            "mentions": 40
          },
          "threads": 2,
          "version": "0.1.0",
          "warnings": ["a\\tb", "c"]
        }

        """)
  }

  @Test func parsesAsJSON() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    manifest(warnings: []).write(to: folder.path)
    let data = try #require(FileManager.default.contents(atPath: folder.path + "/run.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["warnings"] as? [String] == [])
    #expect(object["documents"] as? [String: Int] == ["ok": 5, "skipped": 1, "error": 2])
    #expect(object["duration_seconds"] as? Double == 1.251)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/.run.json.tmp") == false)
  }
}
