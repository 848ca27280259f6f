#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls, reporting the system's reason on failure.
package enum FileBytes {
  /// A file that could not be read.
  package struct ReadError: Error, Equatable, CustomStringConvertible {
    /// The system's reason (`Permission denied`, `No such file or directory`), or, when the
    /// path names something else than a regular file, the whole message
    /// (`not a regular file (named pipe)`, as `NonRegularFile` words it).
    package var reason: String
    /// Whether the path names something else than a regular file.
    package var isNotRegularFile = false
    /// The reason.
    package var description: String { reason }
  }

  /// The size of the file at `path`, or `nil` when it cannot be examined.
  package static func size(of path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }

  /// What `read(_:limit:skippingLarger:)` found.
  package enum Contents: Equatable {
    /// The bytes read.
    case bytes([UInt8])
    /// The file was larger than the size limit: its size; nothing was read.
    case larger(size: Int)
  }

  /// The bytes of the file at `path`, read until end of file or until `limit` bytes are in (a
  /// file that grows or shrinks while it is read yields what was there when reading ended, and
  /// one that grows without end stops at the limit), unless the file is larger than `maxSize`
  /// bytes, which is told from the open file (or, when it cannot be opened, from its path), so
  /// that a large file costs no read. An `opened` descriptor of the file (see `ReadAhead`) is
  /// read instead of opening `path`, and closed. The file is opened without waiting (a named
  /// pipe put in the place of a listed file would wait for a writer), and anything but a
  /// regular file is refused.
  /// - Complexity: O(n) in the number of bytes read.
  package static func read(
    _ path: String, opened: Int32? = nil, limit: Int, skippingLarger maxSize: Int
  ) throws(ReadError) -> Contents {
    let descriptor = opened ?? open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      if let size = size(of: path), size > maxSize { return .larger(size: size) }
      throw ReadError(reason: reason)
    }
    defer { close(descriptor) }
    var info = stat()
    let known = fstat(descriptor, &info) == 0
    if known, info.st_mode & S_IFMT != S_IFREG {
      throw ReadError(reason: NonRegularFile.problem(info.st_mode), isNotRegularFile: true)
    }
    let expected = known ? max(Int(info.st_size), 0) : 0
    if known, expected > maxSize { return .larger(size: expected) }
    var bytes = [UInt8](repeating: 0, count: min(expected, limit - 1) + 1)
    var filled = 0
    while filled < limit {
      if filled == bytes.count {
        let more = min(max(bytes.count, 65_536), limit - bytes.count)
        bytes.append(contentsOf: repeatElement(0, count: more))
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
    return .bytes(bytes)
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
