#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls, reporting the system's reason on failure.
package enum FileBytes {
  /// A file that could not be read.
  package struct ReadError: Error, Equatable, CustomStringConvertible {
    /// The system's reason (`Permission denied`, `No such file or directory`).
    package var reason: String
    /// The reason.
    package var description: String { reason }
  }

  /// The size of the file at `path`, or `nil` when it cannot be examined.
  package static func size(of path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }

  /// All bytes of the file at `path`, read until end of file (a file that grows or shrinks while
  /// it is read yields what was there when reading ended).
  /// - Complexity: O(n) in the size of the file.
  package static func read(_ path: String) throws(ReadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    let expected = fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0
    var bytes = [UInt8](repeating: 0, count: expected + 1)
    var filled = 0
    while true {
      if filled == bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 65_536)))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw ReadError(reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
