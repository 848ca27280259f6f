#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the records of one run file written by `ExternalSorter`, in order, through a 64 KiB
/// buffer.
final class SpillRunReader {
  /// The file's path, for errors.
  let path: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  private var exhausted = false

  /// Opens the run at `path`.
  init(path: String) throws(OutputError) {
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError(.open, path: path) }
    self.path = path
  }

  deinit {
    if descriptor >= 0 { _ = close(descriptor) }
  }

  /// The next record, or `nil` at the end of the run.
  /// - Complexity: O(size of the record), amortized.
  func next() throws(OutputError) -> SpillRecord? {
    guard try fill(1) else { return nil }
    let primary = try field()
    let secondary = try field()
    let value = try field()
    return SpillRecord(primary: primary, secondary: secondary, value: value)
  }

  /// One length-prefixed field.
  private func field() throws(OutputError) -> [UInt8] {
    guard try fill(4) else { throw OutputError(.read, path: path, code: EIO) }
    var length = 0
    for shift in 0..<4 { length |= Int(buffer[position + shift]) << (8 * shift) }
    position += 4
    // A length past what a run holds means a damaged file, not a huge allocation.
    guard length <= 1 << 30, try fill(length) else {
      throw OutputError(.read, path: path, code: EIO)
    }
    defer { position += length }
    return Array(buffer[position..<position + length])
  }

  /// Makes at least `count` unread bytes available; false at the end of the file.
  private func fill(_ count: Int) throws(OutputError) -> Bool {
    while buffer.count - position < count && !exhausted {
      if position > 0 {
        buffer.removeSubrange(0..<position)
        position = 0
      }
      let chunk = max(1 << 16, count)
      let descriptor = descriptor
      var failure: Int32?
      let block = [UInt8](unsafeUninitializedCapacity: chunk) { bytes, initialized in
        var got = -1
        while got < 0 {
          got = readBytes(descriptor, bytes.baseAddress!, chunk)
          if got < 0 && errno != EINTR {
            failure = errno
            got = 0
          }
        }
        initialized = got
      }
      if let failure { throw OutputError(.read, path: path, code: failure) }
      if block.isEmpty { exhausted = true }
      buffer.append(contentsOf: block)
    }
    return buffer.count - position >= count
  }
}

/// POSIX `read`, named apart from the locals that call it.
private func readBytes(_ descriptor: Int32, _ target: UnsafeMutableRawPointer, _ count: Int) -> Int
{
  read(descriptor, target, count)
}
