import Foundation
import Load
import Testing

@Suite("StagedOutput")
struct StagedOutputTests {
  /// Stages one file `marker.txt` with `text` (and a table) and returns the staging output.
  private func stage(_ text: String, in output: URL) throws -> StagedOutput {
    let staged = try StagedOutput(outputDirectory: output)
    try Data(text.utf8).write(to: staged.stagingDirectory.appendingPathComponent("marker.txt"))
    return staged
  }

  @Test func firstCommitCreatesTablesFolderAndKeepsUserFiles() throws {
    let folder = try TemporaryFolder()
    try folder.write("", to: "out/.gitkeep")
    try folder.write("meins", to: "out/notes.md")
    let output = folder.url.appendingPathComponent("out")
    let staged = try stage("run 1", in: output)
    #expect(staged.stagingDirectory.lastPathComponent.hasPrefix(".tables-staging-"))
    #expect(!folder.exists("out/tables"))
    try staged.commit()
    #expect(try folder.text("out/tables/marker.txt") == "run 1")
    #expect(try folder.names("out") == [".gitkeep", "notes.md", "tables"])
    #expect(try folder.text("out/notes.md") == "meins")
  }

  @Test func commitReplacesAllOldTables() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out")
    let first = try stage("run 1", in: output)
    try Data("old".utf8).write(to: first.stagingDirectory.appendingPathComponent("gone.csv"))
    try first.commit()
    let second = try stage("run 2", in: output)
    try second.commit()
    #expect(try folder.names("out/tables") == ["marker.txt"])
    #expect(try folder.text("out/tables/marker.txt") == "run 2")
    // The replaced tables wait under the second run's name for the next run to remove them.
    let old = ".tables-old-" + second.stagingDirectory.lastPathComponent.dropFirst(16)
    #expect(try folder.names("out") == [old, "tables"])
    #expect(try folder.names("out/" + old) == ["gone.csv", "marker.txt"])
    #expect(try folder.text("out/\(old)/marker.txt") == "run 1")
  }

  @Test func theNextRunRemovesTheTablesTheRunBeforeReplaced() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out")
    try stage("run 1", in: output).commit()
    try stage("run 2", in: output).commit()
    let third = try stage("run 3", in: output)
    try third.commit()
    let old = ".tables-old-" + third.stagingDirectory.lastPathComponent.dropFirst(16)
    #expect(try folder.names("out") == [old, "tables"])
    #expect(try folder.text("out/\(old)/marker.txt") == "run 2")
    #expect(try folder.text("out/tables/marker.txt") == "run 3")
    try stage("run 4", in: output).abort()
    #expect(try folder.names("out") == ["tables"])
    #expect(try folder.text("out/tables/marker.txt") == "run 3")
  }

  @Test func abortLeavesOldTables() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out")
    try stage("run 1", in: output).commit()
    let second = try stage("run 2", in: output)
    second.abort()
    #expect(try folder.text("out/tables/marker.txt") == "run 1")
    #expect(try folder.names("out") == ["tables"])
  }

  @Test func droppingWithoutCommitRemovesStaging() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out")
    try stage("run 1", in: output).commit()
    do { _ = try stage("run 2", in: output) }
    #expect(try folder.names("out") == ["tables"])
    #expect(try folder.text("out/tables/marker.txt") == "run 1")
  }

  @Test func staleStagingFolderOfAKilledRunIsRemoved() throws {
    let folder = try TemporaryFolder()
    try folder.write("halb", to: "out/.tables-staging-99999-dead/documents.csv")
    try folder.write("alt", to: "out/tables/marker.txt")
    let staged = try StagedOutput(outputDirectory: folder.url.appendingPathComponent("out"))
    #expect(try folder.text("out/tables/marker.txt") == "alt")
    staged.abort()
    #expect(!folder.exists("out/.tables-staging-99999-dead"))
    #expect(try folder.names("out") == ["tables"])
  }

  @Test func liveStagingFolderOfAnotherRunIsKept() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out")
    let running = try stage("läuft", in: output)
    let other = try StagedOutput(outputDirectory: output)
    other.abort()
    #expect(folder.exists("out/\(running.stagingDirectory.lastPathComponent)/marker.txt"))
    try running.commit()
    #expect(try folder.text("out/tables/marker.txt") == "läuft")
  }

  @Test func oldAndPreviousTablesOfAKilledRunAreRemovedBesideTheTables() throws {
    let folder = try TemporaryFolder()
    try folder.write("älter", to: "out/.tables-old-99998-dead/marker.txt")
    try folder.write("alt", to: "out/.tables-previous-99999-dead/marker.txt")
    try folder.write("neu", to: "out/tables/marker.txt")
    try folder.write("meins", to: "out/.tables-notes.md")
    let staged = try StagedOutput(outputDirectory: folder.url.appendingPathComponent("out"))
    staged.abort()
    #expect(try folder.names("out") == [".tables-notes.md", "tables"])
    #expect(try folder.text("out/tables/marker.txt") == "neu")
  }

  @Test func previousTablesAreRestoredAfterCrashInsideFallbackSwap() throws {
    let folder = try TemporaryFolder()
    try folder.write("alt", to: "out/.tables-previous-99999-dead/marker.txt")
    try folder.write("neu", to: "out/.tables-staging-99999-dead/marker.txt")
    let staged = try StagedOutput(outputDirectory: folder.url.appendingPathComponent("out"))
    staged.abort()
    #expect(try folder.names("out") == ["tables"])
    #expect(try folder.text("out/tables/marker.txt") == "alt")
  }

  @Test func tablesPathThatIsAFileIsNotReplaced() throws {
    let folder = try TemporaryFolder()
    try folder.write("meins", to: "out/tables")
    let staged = try stage("run", in: folder.url.appendingPathComponent("out"))
    let error = #expect(throws: OutputError.self) { try staged.commit() }
    #expect(error?.code == ENOTDIR)
    staged.abort()
    #expect(try folder.text("out/tables") == "meins")
  }

  @Test func customTablesFolderAndNestedOutputAreCreated() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("a/b")
    let staged = try StagedOutput(outputDirectory: output, tablesFolder: "v1")
    try staged.commit()
    #expect(try folder.names("a/b") == ["v1"])
    #expect(try folder.names("a/b/v1") == [])
  }
}
