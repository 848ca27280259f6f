import Extract
import Foundation
import Testing

@testable import pipeline

#if os(Linux)
  /// A batch made ready ahead and then given up (a run that stops at a write error) closes the
  /// files it opened.
  @Suite struct BatchReadAheadTests {
    @Test func aCancelledBatchClosesItsFiles() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let files = try (0..<5).map { index in
        try folder.write("\(index).txt", Array("Text \(index)".utf8))
        return DiscoveredFile(
          relativePath: "\(index).txt", absolutePath: folder.path + "/\(index).txt", byteCount: 6)
      }
      let openFiles = {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count {
          (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0))?
            .hasPrefix(folder.path + "/") == true
        }
      }
      let readAhead = BatchReadAhead(maxFileBytes: 100, cache: nil)
      readAhead.start(files)
      do {
        let ready = readAhead.take()
        #expect(ready.cached.isEmpty)
        #expect(try openFiles() == 5)
      }
      #expect(try openFiles() == 0)
      readAhead.start(files)
      readAhead.cancel()
      // Dropped unread.
      #expect(try openFiles() == 0)
    }
  }
#endif
