import Foundation
import Load
import Testing

@testable import pipeline

/// The exit codes of an output that cannot be made or written: 73 before any work, 74 when a
/// write fails during the run, and in both cases the previous tables as they were.
@Suite struct OutputFailureTests {
  /// The arguments of a quiet run over `input` into `output`.
  private func arguments(_ input: String, _ output: String) -> [String] {
    ["run", "--input", input, "--output", output, "--config", RepositoryPaths.config, "--quiet"]
  }

  /// The failure of a run in this process that is expected to fail.
  private func failure(of arguments: [String]) -> CommandFailure? {
    do {
      _ = try Pipeline.dispatch(arguments)
      return nil
    } catch {
      return error
    }
  }

  /// A failure before the swap leaves the previous tables; one after it (flushing the output
  /// folder) says that the new ones are in place.
  @Test func theMessageSaysWhatBecameOfTheTables() {
    var error = OutputError(.sync, path: "/data/out", code: EIO)
    #expect(
      RunCommand.failureMessage(error)
        == "cannot sync /data/out: Input/output error; the previous tables are unchanged")
    error.published = true
    #expect(
      RunCommand.failureMessage(error)
        == "cannot sync /data/out: Input/output error; the new tables are published, but a crash "
        + "of the system may bring back the previous ones")
  }

  @Test func anOutputFolderBelowAFileExitsWithCannotCreateOutput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("notes.txt", Array("meins".utf8))
    let file = folder.path + "/notes.txt"
    for output in [file + "/out/tables", file] {
      let error = try #require(failure(of: arguments(RepositoryPaths.samples, output)))
      #expect(error.code == .cannotCreateOutput)
      #expect(
        error.message == "cannot create output folder \(output): \(file) is a file, not a folder")
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "meins")
  }

  #if os(Linux)
    @Test func aFolderTheSystemRefusesToMakeIsNamed() throws {
      let output = "/proc/pipeline-\(getpid())/out"
      let error = try #require(failure(of: arguments(RepositoryPaths.samples, output)))
      #expect(error.code == .cannotCreateOutput)
      #expect(
        error.message
          == "cannot create output folder \(output): cannot make /proc/pipeline-\(getpid()): "
          + "No such file or directory")
    }

    /// A run of the real binary whose files may not grow past 1 MiB (`ulimit -f`, with the
    /// signal that would kill it ignored, so `write` fails with `EFBIG`) while the tables it
    /// writes are larger: exit code 74, one line naming the file, the previous tables
    /// byte for byte, no staging folder left, and the next run goes through.
    @Test func aWriteThatFailsDuringTheRunExitsWithIOErrorAndKeepsThePreviousTables() throws {
      let binary = RepositoryPaths.root + "/.build/debug/pipeline"
      #expect(FileManager.default.isExecutableFile(atPath: binary), "build the binary first")
      let input = try TemporaryFolder()
      let output = try TemporaryFolder()
      defer {
        input.remove()
        output.remove()
      }
      _ = try input.writeSampleCopies(60)
      let run = arguments(input.path, output.path) + ["--full"]
      #expect(try Pipeline.dispatch(run) == .success)
      let tables = output.path + "/tables"
      let names = try FileManager.default.contentsOfDirectory(atPath: tables).sorted()
      let before = try names.map { try Data(contentsOf: URL(fileURLWithPath: tables + "/" + $0)) }
      #expect(before.contains { $0.count > 2 << 20 }, "a table must outgrow the limit")

      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      // 2048 blocks: 1 MiB in dash's 512-byte blocks, 2 MiB in bash's.
      process.arguments = ["-c", "trap '' XFSZ; ulimit -f 2048; exec \"$0\" \"$@\"", binary] + run
      let standardError = Pipe()
      process.standardError = standardError
      try process.run()
      let message = String(
        decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationReason == .exit)
      #expect(process.terminationStatus == ExitCode.ioError.rawValue)
      let prefix = "error: cannot write \(output.path)/.tables-staging-"
      let suffix = ": File too large; the previous tables are unchanged\n"
      #expect(message.hasPrefix(prefix) && message.hasSuffix(suffix), "\(message)")
      let failed = message.dropFirst(prefix.count).dropLast(suffix.count)
      #expect(names.contains { failed.hasSuffix("/" + $0) }, "\(failed) is one of the tables")

      #expect(try FileManager.default.contentsOfDirectory(atPath: tables).sorted() == names)
      let after = try names.map { try Data(contentsOf: URL(fileURLWithPath: tables + "/" + $0)) }
      #expect(after == before)
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter {
        $0.hasPrefix(".tables-")
      }
      #expect(leftovers.isEmpty)
      #expect(try Pipeline.dispatch(run) == .success)
    }
  #endif
}
