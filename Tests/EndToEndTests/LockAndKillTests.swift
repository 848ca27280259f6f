import Foundation
import Testing

@testable import pipeline

/// Runs that a scheduler can trust: one writer per output folder, and a killed run never damages
/// the previous tables.
@Suite struct LockAndKillTests {
  @Test func aSecondRunOnTheSameOutputExitsWithLockHeld() throws {
    let output = try TemporaryFolder()
    defer { output.remove() }
    var held: OutputLock? = try OutputLock(outputDirectory: output.path)
    do {
      _ = try Pipeline.dispatch([
        "run", "--input", RepositoryPaths.samples, "--output", output.path, "--config",
        RepositoryPaths.config,
        "--quiet",
      ])
      Issue.record("the run did not notice the lock")
    } catch {
      #expect(error.code == .lockHeld)
      #expect(
        error.message
          == "another pipeline run is writing to \(output.path); try again when it has finished")
    }
    #expect(held != nil)
    held = nil
    // Released: the next run goes through.
    #expect(
      try Pipeline.dispatch([
        "run", "--input", RepositoryPaths.samples, "--output", output.path, "--config",
        RepositoryPaths.config,
        "--quiet",
      ]) == .success)
  }

  /// Kills a run of the real binary with SIGKILL at several moments; the tables are always a
  /// complete earlier or later run, never a mix, and the next run succeeds.
  @Test func killedRunsLeaveCompleteTables() throws {
    let binary = RepositoryPaths.root + "/.build/debug/pipeline"
    #expect(FileManager.default.isExecutableFile(atPath: binary), "build the pipeline binary first")
    let input = try TemporaryFolder()
    let output = try TemporaryFolder()
    defer {
      input.remove()
      output.remove()
    }
    let perCopy = try input.writeSampleCopies(60)
    let arguments = [
      "run", "--input", input.path, "--output", output.path, "--config", RepositoryPaths.config,
      "--quiet", "--full",
    ]
    #expect(try Pipeline.dispatch(arguments) == .success)
    let complete = FileManager.default.contents(atPath: output.path + "/documents.csv")
    for delay in [0.05, 0.2, 0.5, 1.0] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let documents = try CSVTable(path: output.path + "/documents.csv")
      #expect(documents.rows.count == perCopy * 60, "after a kill at \(delay) s")
      #expect(FileManager.default.contents(atPath: output.path + "/documents.csv") == complete)
    }
    #expect(try Pipeline.dispatch(arguments) == .success)
    #expect(FileManager.default.contents(atPath: output.path + "/documents.csv") == complete)
  }
}
