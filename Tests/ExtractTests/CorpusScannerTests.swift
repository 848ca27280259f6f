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

  /// A folder reached twice (itself and a link to it, here listed first by name) is listed
  /// under the name met first in byte order, its subfolders before the files after it.
  @Test func aFolderLinkedTwiceIsListedOnceUnderTheFirstName() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("b/innen/c.txt", text: "x")
    try folder.write("b/d.txt", text: "xy")
    try folder.write("e.txt", text: "xyz")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/a", withDestinationPath: "b")
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(listing.files.map(\.relativePath) == ["a/d.txt", "a/innen/c.txt", "e.txt"])
    #expect(listing.files.map(\.byteCount) == [2, 1, 3])
    #expect(listing.findings == ["b: symbolic link loop or folder already listed; not entered"])
  }

  /// Folders nested 300 deep are all entered, with one folder open at a time.
  @Test func deeplyNestedFoldersAreListed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let deep = Array(repeating: "t", count: 300).joined(separator: "/")
    try folder.write(deep + "/tief.txt", text: "x")
    try folder.write("t/flach.txt", text: "x")
    let listing = try CorpusScanner.scan(root: folder.path)
    #expect(listing.files.map(\.relativePath) == ["t/flach.txt", deep + "/tief.txt"])
    #expect(listing.findings.isEmpty)
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
