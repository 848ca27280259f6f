import Foundation
import Testing

@testable import Extract

@Suite struct DocumentReaderTests {
  private func read(_ name: String, _ bytes: [UInt8], limit: Int = 1 << 20) throws -> SourceDocument {
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
  func badInputGetsStatusAndMessage(bytes: [UInt8], status: DocumentStatus, message: String) throws {
    let document = try read("x.txt", bytes)
    #expect(document.status == status)
    #expect(document.error == message)
    #expect(document.text.isEmpty)
  }

  @Test func tooLargeFileIsSkippedUnread() throws {
    let document = try read("big.txt", [UInt8](repeating: 0x41, count: 100), limit: 10)
    #expect(document.status == .skipped)
    #expect(document.error == "file is 100 bytes, larger than the limit of 10 bytes (max_file_bytes)")
  }

  @Test func aFileThatVanishedIsAnError() {
    let file = DiscoveredFile(relativePath: "weg.txt", absolutePath: "/nonexistent/weg.txt")
    let document = DocumentReader().read(file, metadata: nil)
    #expect(document.status == .error)
    #expect(document.error == "cannot read file: No such file or directory")
  }

  @Test func pathIdIsStable() {
    #expect(DocumentID.make(path: "2024/a.txt") == String(SHA256.hex(Array("2024/a.txt".utf8)).prefix(16)))
  }
}
