import Foundation
import Testing

@testable import Load

/// Flushing finished files off the calling thread: every file is flushed, and the first file
/// that cannot be opened is reported by `wait()`, with its path.
@Suite struct BackgroundSyncTests {
  @Test func flushesEveryFileAndReportsNothing() throws {
    let folder = try TemporaryFolder()
    try folder.write("a,b\n1,2\n", to: "documents.csv")
    try folder.write("{\"a\":1}\n", to: "documents.jsonl")
    let sync = BackgroundSync(paths: [
      folder.url.appendingPathComponent("documents.csv").path,
      folder.url.appendingPathComponent("documents.jsonl").path,
    ])
    try sync.wait()
    #expect(try folder.text("documents.csv") == "a,b\n1,2\n")
  }

  @Test func reportsTheFirstFileItCannotFlush() throws {
    let folder = try TemporaryFolder()
    try folder.write("x\n", to: "dates.csv")
    let missing = folder.url.appendingPathComponent("gone.csv").path
    let sync = BackgroundSync(paths: [
      folder.url.appendingPathComponent("dates.csv").path, missing,
      folder.url.appendingPathComponent("also-gone.csv").path,
    ])
    #expect(throws: OutputError(.open, path: missing, code: ENOENT)) { try sync.wait() }
  }
}
