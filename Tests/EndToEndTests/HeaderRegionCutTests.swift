import Foundation
import Testing

@testable import pipeline

/// Found by `pipeline bench --articles 100000`: 20 of the 100,000 generated articles aborted the
/// whole run. `DocumentDateFinder.topLine` cut its header region at 300 bytes, which can fall
/// inside a UTF-8 dash (`E2 80 | 93`), and `DateTokenizer.tokens` then appended tokens without
/// advancing at the trailing `E2 80`, until allocation failed. Now the region ends at a
/// character boundary and the tokenizer always moves on.
@Suite struct HeaderRegionCutTests {
  @Test func aDashCutByTheHeaderRegionDoesNotStopTheRun() throws {
    let input = try TemporaryFolder()
    let output = try TemporaryFolder()
    defer {
      input.remove()
      output.remove()
    }
    // 298 bytes, then the en dash at bytes 298-300: the region keeps only its first two bytes.
    let text =
      Array("Ein Satz ".utf8) + [UInt8](repeating: 0x61, count: 289) + Array("– Ende.\n".utf8)
    try input.write("dash.txt", text)
    let code = try Pipeline.dispatch([
      "run", "--input", input.path, "--output", output.path, "--config", RepositoryPaths.config,
      "--quiet",
    ])
    #expect(code == .success)
    let rows = try CSVTable(path: output.path + "/documents.csv").rows
    #expect(rows.map { $0["status"]! } == ["ok"])
  }
}
