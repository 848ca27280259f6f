import Foundation
import Testing

@testable import Extract

@Suite struct CorpusScannerTests {
  @Test func listsTxtFilesRecursivelyInByteOrder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for name in [
      "b.txt", "a/z.txt", "a.txt", "Ä.txt", "a/notes.md", ".hidden.txt", "c.TXT",
      "mit Leerzeichen.txt",
    ] {
      try folder.write(name, text: "x")
    }
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(
      listing.files.map(\.relativePath) == [
        "a.txt", "a/z.txt", "b.txt", "c.TXT", "mit Leerzeichen.txt", "Ä.txt",
      ])
    #expect(listing.findings.isEmpty)
  }

  @Test func namesOfEveryLengthAreListedWhole() throws {
    // Names of 7 to 255 bytes (the longest a Linux file system takes), every sixth of umlauts:
    // entries of every record size, each name read up to its end and no further.
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let expected = (0...248).map { length in
      String(format: "%03d", length)
        + (length % 6 == 0
          ? String(repeating: "ä", count: length / 2) : String(repeating: "x", count: length))
        + ".txt"
    }
    for name in expected { try folder.write(name, text: "x") }
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(listing.files.map(\.relativePath) == expected)
    #expect(listing.files.allSatisfy { $0.problem == nil && $0.byteCount == 1 })
    #expect(expected.map(\.utf8.count).max() == 255)
  }

  @Test func symlinkLoopsAreReportedAndBrokenLinksListed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("sub/a.txt", text: "x")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/sub/loop", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/tot.txt", withDestinationPath: "nirgends.txt")
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(
      listing.files == [
        DiscoveredFile(
          relativePath: "sub/a.txt", absolutePath: folder.path + "/sub/a.txt", byteCount: 1),
        DiscoveredFile(
          relativePath: "tot.txt", absolutePath: folder.path + "/tot.txt",
          problem: "broken symbolic link (No such file or directory)"),
      ])
    #expect(
      listing.findings == ["sub/loop: symbolic link loop or folder already listed; not entered"])
  }

  @Test func aNamedPipeIsListedAsAProblemNotRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(mkfifo(folder.path + "/rohr.txt", 0o644) == 0)
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(listing.files.map(\.problem) == ["not a regular file (named pipe)"])
  }

  @Test func aMissingInputFolderIsAnError() {
    #expect(
      throws: CorpusScanner.ScanError(path: "/nonexistent/x", reason: "No such file or directory")
    ) {
      try CorpusScanner.scan(root: "/nonexistent/x")
    }
  }
}
