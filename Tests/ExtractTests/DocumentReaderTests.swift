import Foundation
import Testing

@testable import Extract

@Suite struct DocumentReaderTests {
  private func read(_ name: String, _ bytes: [UInt8], limit: Int = 1 << 20) throws -> SourceDocument
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(name, bytes)
    let file = DiscoveredFile(relativePath: name, absolutePath: folder.path + "/" + name)
    return DocumentReader(maxFileBytes: limit).read(file, metadata: nil)
  }

  @Test func okDocumentCarriesIdHashAndText() throws {
    let bytes = Array("Titel der Meldung hier\nText.".utf8)
    let document = try read("a.txt", bytes)
    #expect(document.status == .ok)
    #expect(document.docID == DocumentID.make(path: "a.txt"))
    #expect(document.docID.count == 16)
    #expect(document.sha256 == SHA256.hex(bytes))
    #expect(document.byteCount == bytes.count)
    #expect(document.encoding == .utf8)
    #expect(document.text == bytes)
    #expect(document.title == "Titel der Meldung hier")
  }

  @Test(arguments: [
    ([] as [UInt8], DocumentStatus.skipped, "empty file"),
    (Array(" \n\t\r\n".utf8), .skipped, "only white space"),
    (Array("%PDF-1.4 xx".utf8), .error, "binary content (PDF signature), not a text article"),
  ])
  func badInputGetsStatusAndMessage(bytes: [UInt8], status: DocumentStatus, message: String) throws
  {
    let document = try read("x.txt", bytes)
    #expect(document.status == status)
    #expect(document.error == message)
    #expect(document.text.isEmpty)
  }

  @Test func tooLargeFileIsSkippedUnread() throws {
    let document = try read("big.txt", [UInt8](repeating: 0x41, count: 100), limit: 10)
    #expect(document.status == .skipped)
    #expect(
      document.error == "file is 100 bytes, larger than the limit of 10 bytes (max_file_bytes)")
  }

  #if os(Linux)
    /// `/proc` files report size 0 but have content, like a file that grows after it was sized.
    @Test func aFileThatGrowsPastTheLimitWhileReadIsSkipped() {
      let file = DiscoveredFile(relativePath: "status.txt", absolutePath: "/proc/self/status")
      let document = DocumentReader(maxFileBytes: 100).read(file, metadata: nil)
      #expect(document.status == .skipped)
      let message = "file grew past the limit of 100 bytes (max_file_bytes) while it was read"
      #expect(document.error == message)
      #expect(document.byteCount == 101)
      #expect(document.text.isEmpty)
    }
  #endif

  /// A limit returns at most that many bytes: (limit, bytes read) for a 1,000-byte file.
  @Test(arguments: [
    (1, 1), (100, 100), (999, 999), (1000, 1000), (5000, 1000), (Int.max, 1000),
  ])
  func readsStopAtTheLimit(limit: Int, count: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0) }
    try folder.write("f.txt", bytes)
    #expect(
      try FileBytes.read(folder.path + "/f.txt", limit: limit, skippingLarger: .max)
        == .bytes(Array(bytes.prefix(count))))
  }

  @Test func aFileThatVanishedIsAnError() {
    let file = DiscoveredFile(relativePath: "weg.txt", absolutePath: "/nonexistent/weg.txt")
    let document = DocumentReader().read(file, metadata: nil)
    #expect(document.status == .error)
    #expect(document.error == "cannot read file: No such file or directory")
  }

  @Test func pathIdIsStable() {
    #expect(
      DocumentID.make(path: "2024/a.txt") == String(SHA256.hex(Array("2024/a.txt".utf8)).prefix(16))
    )
  }
}

/// Reading a whole file with the size limit told from the open file: a larger file is not read,
/// a file up to the limit is read whole, and a file that cannot be opened reports the reason.
@Suite struct FileBytesTests {
  /// (size limit, whether the 1,000-byte file is read).
  @Test(arguments: [(999, false), (1000, true), (1001, true)])
  func aFileLargerThanTheLimitIsNotRead(maxSize: Int, isRead: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
    try folder.write("f.txt", bytes)
    let contents = try FileBytes.read(
      folder.path + "/f.txt", limit: .max, skippingLarger: maxSize)
    #expect(contents == (isRead ? .bytes(bytes) : .larger(size: 1000)))
  }

  @Test func aMissingFileReportsTheReason() {
    #expect(throws: FileBytes.ReadError(reason: "No such file or directory")) {
      try FileBytes.read("/nonexistent/f.txt", limit: .max, skippingLarger: 10)
    }
  }

  #if os(Linux)
    /// `/proc` files say size 0; they are read to their end all the same.
    @Test func aFileThatSaysSizeZeroIsReadToItsEnd() throws {
      guard
        case .bytes(let bytes) = try FileBytes.read(
          "/proc/self/maps", limit: .max, skippingLarger: .max)
      else {
        Issue.record("/proc/self/maps was not read")
        return
      }
      #expect(bytes.count > 4096)
      #expect(bytes.last == 0x0A)
    }
  #endif
}
