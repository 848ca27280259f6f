import Foundation
import Testing

@testable import pipeline

/// Bad input never crashes a run and never loses a file: every file gets its `documents` row.
@Suite struct BadInputTests {
  @Test func everyBadFileGetsARowAndTheRunGoesOn() throws {
    let input = try TemporaryFolder()
    let output = try TemporaryFolder()
    defer {
      input.remove()
      output.remove()
    }
    try input.write("a_gut.txt", Array("Paschinjan traf Tokajew am Montag in Astana.".utf8))
    try input.write("b_leer.txt", [])
    try input.write("c_binaer.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0])
    try input.write(
      "d_latin1.txt",
      [
        0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x20, 0x75, 0x6E, 0x64, 0x20, 0x4B, 0x69, 0x65,
        0x77,
      ])
    try input.write("e_kaputt.txt", Array("Eriwan ".utf8) + [0xC3, 0x28] + Array(" und Baku".utf8))
    try input.write("f nur leer zeichen.txt", Array("  \n\n".utf8))
    #expect(mkfifo(input.path + "/g_rohr.txt", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: input.path + "/h_tot.txt", withDestinationPath: "weg.txt")
    try input.write("i_nul.txt", Array("Putin traf\0 Lawrow in Moskau am Montag.".utf8))
    try input.write("j_über\nzeile.txt", Array("Paschinjan besuchte Jerewan.".utf8))
    try input.write("k leer zeichen ä.txt", Array("Tokajew in Astana.".utf8))

    let code = try Pipeline.dispatch([
      "run", "--input", input.path, "--output", output.path, "--config", RepositoryPaths.config,
      "--quiet",
    ])
    #expect(code == .success)
    let rows = try CSVTable(path: output.path + "/documents.csv").rows
    let summary = rows.map { [$0["path"]!, $0["status"]!, $0["encoding"]!, $0["error"]!] }
    #expect(
      summary == [
        ["a_gut.txt", "ok", "utf-8", ""],
        ["b_leer.txt", "skipped", "utf-8", "empty file"],
        ["c_binaer.txt", "error", "", "binary content (PNG image signature), not a text article"],
        ["d_latin1.txt", "ok", "windows-1252", ""],
        ["e_kaputt.txt", "ok", "windows-1252", ""],
        ["f nur leer zeichen.txt", "skipped", "utf-8", "only white space"],
        ["g_rohr.txt", "error", "", "not a regular file (named pipe)"],
        ["h_tot.txt", "error", "", "broken symbolic link (No such file or directory)"],
        ["i_nul.txt", "ok", "utf-8", ""],
        ["j_über\nzeile.txt", "ok", "utf-8", ""],
        ["k leer zeichen ä.txt", "ok", "utf-8", ""],
      ])
    // A NUL inside the text is kept and tagged around; names with newlines are quoted.
    #expect(rows[8...].map { $0["mentions"]! } == ["3", "2", "2"])
    #expect(
      rows[3]["warnings"] == "not valid UTF-8 (byte 0xFC at offset 1); decoded as Windows-1252")
    #if os(Linux)
      // Files are opened ahead of reading; none stays open after the run.
      let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
        let target = try? FileManager.default.destinationOfSymbolicLink(
          atPath: "/proc/self/fd/" + $0)
        return target?.hasPrefix(input.path + "/") == true
      }
      #expect(open.isEmpty)
    #endif
  }

  @Test func missingInputFolderExitsWithNoInput() {
    #expect(throws: CommandFailure.self) {
      try Pipeline.dispatch([
        "run", "--input", "/nonexistent/korpus", "--config", RepositoryPaths.config,
      ])
    }
    do {
      _ = try Pipeline.dispatch([
        "run", "--input", "/nonexistent/korpus", "--config", RepositoryPaths.config,
      ])
    } catch {
      #expect(error.code == .noInput)
      #expect(
        error.message.hasPrefix(
          "cannot read input folder /nonexistent/korpus: No such file or directory"))
    }
  }

  /// With a malformed gazetteer row and a missing input folder, the configuration error is the
  /// one reported (the corpus is listed on a thread of its own while the configuration loads).
  @Test func aConfigurationErrorComesBeforeAMissingInputFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let config = folder.path + "/config"
    try FileManager.default.copyItem(atPath: RepositoryPaths.config, toPath: config)
    let cities = config + "/gazetteer/cities.tsv"
    var text = try String(contentsOfFile: cities, encoding: .utf8)
    text += "Russia-1\tLOC\tcity\tRU\tQ1\tMoskau\n"
    try text.write(toFile: cities, atomically: true, encoding: .utf8)
    do {
      _ = try Pipeline.dispatch([
        "run", "--input", "/nonexistent/korpus", "--output", folder.path + "/out", "--config",
        config, "--quiet",
      ])
      Issue.record("the run succeeded")
    } catch {
      #expect(error.code == .dataError)
      #expect(error.message.contains("cities.tsv:"), "\(error.message)")
      #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }
  }
}
