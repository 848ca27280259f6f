import Foundation
import Testing

@testable import pipeline

#if os(Linux)
  /// The benchmark's page cache control: files read are in memory, files evicted are not.
  @Suite struct PageCacheTests {
    /// The pages of the file at `path` that are in memory, and all its pages (`mincore` on a
    /// mapping of the file).
    private func residentPages(_ path: String) throws -> (resident: Int, pages: Int) {
      let descriptor = open(path, O_RDONLY)
      try #require(descriptor >= 0)
      defer { close(descriptor) }
      var info = stat()
      try #require(fstat(descriptor, &info) == 0)
      let size = Int(info.st_size)
      let mapping = try #require(mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0))
      try #require(mapping != MAP_FAILED)
      defer { munmap(mapping, size) }
      let page = Int(sysconf(Int32(_SC_PAGESIZE)))
      var flags = [UInt8](repeating: 0, count: (size + page - 1) / page)
      try #require(mincore(mapping, size, &flags) == 0)
      return (flags.count { $0 & 1 == 1 }, flags.count)
    }

    /// Inside the repository's build folder rather than the temporary folder, which may be
    /// tmpfs, where the page cache is the storage and nothing can be evicted.
    @Test func loadedFilesAreInMemoryAndEvictedOnesAreNot() throws {
      let folder = RepositoryPaths.root + "/.build/page-cache-test-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let paths = (0..<3).map { folder + "/\($0).txt" }
      for (index, path) in paths.enumerated() {
        try Data(repeating: UInt8(0x41 + index), count: 40_000 + index).write(
          to: URL(fileURLWithPath: path))
      }
      #expect(PageCache.evict(paths))
      #expect(try paths.map { try residentPages($0).resident } == [0, 0, 0])
      PageCache.load(paths)
      #expect(try paths.map { try residentPages($0) }.allSatisfy { $0.resident == $0.pages })
      #expect(PageCache.evict(paths))
      #expect(try paths.map { try residentPages($0).resident } == [0, 0, 0])
    }

    @Test func aMissingFileIsReportedAsNotEvicted() {
      #expect(!PageCache.evict(["/nonexistent/weg.txt"]))
    }
  }
#endif
