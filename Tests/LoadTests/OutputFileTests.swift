import Foundation
import Testing

@testable import Load

/// Writing a file through `OutputFile`, with direct I/O where the file system allows it and
/// through the page cache otherwise: the bytes on disk are exactly the bytes appended, whatever
/// the size and however the appends fall around the 4 KiB blocks and the 1 MiB chunks.
@Suite struct OutputFileTests {
  /// Deterministic bytes that repeat only every 251 bytes, so a shifted block shows.
  static func pattern(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 * 31 % 251) }
  }

  /// Appends `bytes` to `file` in pieces of 1 to 5,000 bytes, calling `flushIfFull()` after
  /// each as the table writers do, and closes it.
  static func write(_ bytes: [UInt8], to file: OutputFile) throws {
    var start = 0
    var step = 1
    while start < bytes.count {
      let end = min(bytes.count, start + step)
      bytes.withUnsafeBufferPointer {
        file.buffer.append(UnsafeBufferPointer(rebasing: $0[start..<end]))
      }
      try file.flushIfFull()
      start = end
      step = step * 7 % 5_000 + 1
    }
    try file.close()
  }

  @Test(arguments: [
    0, 1, 4095, 4096, 4097, 65_536, 1 << 20 - 1, 1 << 20, 1 << 20 + 1, 3 << 20 + 123,
  ])
  func writesTheAppendedBytesWithAndWithoutThePageCache(size: Int) throws {
    let folder = try TemporaryFolder()
    let bytes = Self.pattern(size)
    for bypass in [true, false] {
      let name = bypass ? "direct.csv" : "cached.csv"
      let file = try OutputFile(
        path: folder.url.appendingPathComponent(name).path, bypassesPageCache: bypass)
      try Self.write(bytes, to: file)
      #expect(file.bytesWritten == size, "\(name)")
      #expect(try folder.bytes(name) == bytes, "\(name), \(size) bytes")
    }
  }

  @Test func scratchAndCacheBoundFilesNeverBypassThePageCache() throws {
    let folder = try TemporaryFolder()
    let scratch = try OutputFile(
      path: folder.url.appendingPathComponent("run-0").path, startsWriteback: false)
    let cached = try OutputFile(
      path: folder.url.appendingPathComponent("a.csv").path, bypassesPageCache: false)
    #expect(!scratch.isDirect)
    #expect(!cached.isDirect)
  }

  @Test func aDirectFileWritesWholeBlocksUntilItIsFlushed() throws {
    let folder = try TemporaryFolder()
    let file = try OutputFile(path: folder.url.appendingPathComponent("mentions.jsonl").path)
    let direct = file.isDirect
    let bytes = Self.pattern(OutputFile.directChunkSize + 100)
    bytes.withUnsafeBufferPointer { file.buffer.append($0) }
    try file.flushIfFull()
    // Direct: the aligned 1 MiB went out and the 100 bytes wait; else all went out at once.
    #expect(file.bytesWritten == (direct ? OutputFile.directChunkSize : bytes.count))
    let buffered = file.buffer.count
    #expect(buffered == (direct ? 100 : 0))
    try file.flush()
    #expect(file.bytesWritten == bytes.count)
    #expect(!file.isDirect)
    file.buffer.append("tail")
    try file.close()
    #expect(try folder.bytes("mentions.jsonl") == bytes + Array("tail".utf8))
  }

  /// Appending a document's rows at a time through `append(_:)` writes the same bytes, and a
  /// direct file's buffer keeps the size it started with (appends that would not fit write
  /// behind first) instead of doubling.
  @Test func appendedDocumentsKeepTheBufferAtItsSize() throws {
    let folder = try TemporaryFolder()
    let file = try OutputFile(path: folder.url.appendingPathComponent("mentions.jsonl").path)
    let start = file.buffer.capacity
    let bytes = Self.pattern(5 * OutputFile.directChunkSize + 777)
    var offset = 0
    var step = 3_001
    while offset < bytes.count {
      let end = min(bytes.count, offset + step)
      try bytes.withUnsafeBufferPointer {
        try file.append(UnsafeBufferPointer(rebasing: $0[offset..<end]))
      }
      offset = end
      step = step * 13 % 40_000 + 1
    }
    if file.isDirect { #expect(file.buffer.capacity == start) }
    try file.close()
    #expect(try folder.bytes("mentions.jsonl") == bytes)
  }

  /// Many chunks written behind, one at a time, land in order.
  @Test func chunksWrittenBehindLandInOrder() throws {
    let folder = try TemporaryFolder()
    let file = try OutputFile(path: folder.url.appendingPathComponent("dates.jsonl").path)
    let bytes = Self.pattern(9 * OutputFile.directChunkSize + 4_321)
    try Self.write(bytes, to: file)
    #expect(file.bytesWritten == bytes.count)
    #expect(try folder.bytes("dates.jsonl") == bytes)
  }

  #if os(Linux)
    /// A file dropped without `close()` (an aborted run) while a chunk is being written behind
    /// waits for that write before it closes its descriptor, which could otherwise be reused
    /// by another file before the write lands.
    @Test func aFileDroppedWhileWritingBehindClosesItsDescriptorAfterTheWrite() throws {
      let folder = try TemporaryFolder()
      let path = folder.url.appendingPathComponent("mentions.csv").path
      var file: OutputFile? = try OutputFile(path: path)
      let bytes = Self.pattern(2 * OutputFile.directChunkSize + 10)
      bytes.withUnsafeBufferPointer { file!.buffer.append($0) }
      try file!.flushIfFull()
      file = nil
      let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0))
          == path
      }
      #expect(open.isEmpty)
      // What was handed to the disk is there; the rest of an aborted file never is.
      let written = try folder.bytes("mentions.csv")
      #expect(written == Array(bytes.prefix(written.count)))
    }
  #endif

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/shm")))
  func aFileInMemoryIsWrittenThroughThePageCacheWithTheSameBytes() throws {
    // /dev/shm is tmpfs, not one of the disk file systems written directly.
    let url = URL(fileURLWithPath: "/dev/shm/pipeline-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try OutputFile(path: url.path)
    #expect(!file.isDirect)
    let bytes = Self.pattern(2 << 20 + 5)
    try Self.write(bytes, to: file)
    #expect(Array(try Data(contentsOf: url)) == bytes)
  }
}
