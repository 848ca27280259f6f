#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts files into the system's page cache or takes them out, so the benchmark can time a run
/// over a corpus in memory and one over a corpus that must come from disk, as a nightly run
/// finds it.
enum PageCache {
  /// Reads every file of `paths` to its end, so that their bytes are in memory.
  /// - Complexity: O(total bytes).
  static func load(_ paths: [String]) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    for path in paths {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { continue }
      defer { close(descriptor) }
      while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress!, $0.count) }) > 0 {}
    }
  }

  /// Writes the files of `paths` to disk and drops their bytes from memory
  /// (`posix_fadvise(POSIX_FADV_DONTNEED)`); false where the system offers no such call
  /// (macOS) or when a file could not be dropped.
  /// - Complexity: O(n) system calls for n files, plus writing what was not yet on disk.
  static func evict(_ paths: [String]) -> Bool {
    #if os(Linux)
      var evictedAll = true
      for path in paths {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
          evictedAll = false
          continue
        }
        defer { close(descriptor) }
        // Pages not yet written stay in memory; write them first.
        let synced = fdatasync(descriptor) == 0
        evictedAll =
          synced && posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED) == 0 && evictedAll
      }
      return evictedAll
    #else
      return false
    #endif
  }
}
