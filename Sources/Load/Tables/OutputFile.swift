import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for writing with a byte buffer in front of it: callers append to `buffer` and
/// call `flushIfFull()`, so the file receives `write` calls of about 64 KiB.
final class OutputFile {
  /// The buffer size at which `flushIfFull()` writes.
  static let chunkSize = 64 * 1024

  /// The path the file was created at.
  let path: String
  /// Bytes not yet written; append to it, then call `flushIfFull()`.
  var buffer: ByteBuffer
  /// The number of bytes handed to the file so far (excluding `buffer`).
  private(set) var bytesWritten = 0
  /// The open file descriptor, or -1 once closed.
  private var descriptor: Int32

  /// Whether written bytes are handed to the disk as the file grows (for files that are
  /// published; a scratch file read back soon should stay in the page cache).
  private let startsWriteback: Bool

  /// Creates (or truncates) the file at `path` with mode 0644; `startsWriteback` as above.
  init(path: String, startsWriteback: Bool = true) throws(OutputError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputError(.createFile, path: path) }
    self.path = path
    self.descriptor = descriptor
    self.startsWriteback = startsWriteback
    buffer = ByteBuffer(capacity: Self.chunkSize + 4096)
  }

  deinit {
    if descriptor >= 0 { _ = Self.closeDescriptor(descriptor) }
  }

  /// Writes the buffer out once it holds at least `chunkSize` bytes.
  @inline(__always)
  func flushIfFull() throws(OutputError) {
    if buffer.count >= Self.chunkSize { try flush() }
  }

  /// Writes the whole buffer to the file and empties it, retrying short writes and `EINTR`.
  /// - Complexity: O(n) in the buffered bytes.
  func flush() throws(OutputError) {
    precondition(descriptor >= 0, "write to closed file \(path)")
    let failure: Int32? = buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure { throw OutputError(.write, path: path, code: failure) }
    if let code = flushState.failure { throw OutputError(.sync, path: path, code: code) }
    bytesWritten += buffer.count
    buffer.removeAll()
    if startsWriteback, bytesWritten - writebackStart >= Self.writebackChunk { startWriteback() }
    if startsWriteback, bytesWritten - flushStart >= Self.flushChunk { startFlush() }
  }

  /// How many written bytes of a published file are flushed to disk at a time, on a background
  /// thread, while the file grows. A virtual disk may hold written data in a cache of its own
  /// until the next flush; flushed as the run goes, the `fsync` at commit waits ~0.02 s instead
  /// of ~0.2 s for a run that writes 280 MB.
  static let flushChunk = 32 * 1024 * 1024
  /// Where the bytes not yet flushed start.
  private var flushStart = 0
  /// Entered while a background flush of this file is under way.
  private let flushes = DispatchGroup()
  /// Whether a flush is queued or running, and the error of a failed one: the kernel reports a
  /// write error once, so the `fsync` at commit might not see it again. `flush()` and
  /// `close()` report it.
  private let flushState = FlushState()
  /// Runs the background flushes of every file, one at a time.
  private static let flushQueue = DispatchQueue(label: "pipeline.output-flush", qos: .utility)

  /// Flushes the file's written bytes to disk on `flushQueue` unless a flush of it is still
  /// pending (on Linux; elsewhere nothing). The flush uses a duplicate of the descriptor, since
  /// it may outlive this object: a file dropped without `close()` (an aborted run) closes its
  /// descriptor at once, and the number may then belong to another file.
  private func startFlush() {
    flushStart = bytesWritten
    #if os(Linux)
      guard flushState.beginIfIdle() else { return }
      let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
      guard copy >= 0 else {
        flushState.end(failure: nil)
        return
      }
      let flushes = flushes
      let state = flushState
      flushes.enter()
      Self.flushQueue.async {
        let failure = fdatasync(copy) == 0 ? nil : errno
        _ = Self.closeDescriptor(copy)
        state.end(failure: failure)
        flushes.leave()
      }
    #endif
  }

  /// How many written bytes are handed to the disk at a time while the file grows.
  static let writebackChunk = 8 * 1024 * 1024
  /// Where the bytes not yet handed to the disk start.
  private var writebackStart = 0

  /// Asks the kernel to start writing the bytes written since the last call to disk, without
  /// waiting, so that the `fsync` at commit finds little left to do (on Linux, where
  /// `POSIX_FADV_DONTNEED` starts writeback of dirty pages; elsewhere nothing).
  private func startWriteback() {
    #if os(Linux)
      _ = posix_fadvise(
        descriptor, off_t(writebackStart), off_t(bytesWritten - writebackStart),
        POSIX_FADV_DONTNEED)
    #endif
    writebackStart = bytesWritten
  }

  /// Flushes the buffer and closes the file, after any background flush; reports the error of
  /// a background flush that failed.
  func close() throws(OutputError) {
    try flush()
    flushes.wait()
    if let code = flushState.failure { throw OutputError(.sync, path: path, code: code) }
    let result = Self.closeDescriptor(descriptor)
    descriptor = -1
    if result != 0 { throw OutputError(.close, path: path) }
  }

  /// Calls POSIX `close`, which the method name `close()` hides inside this class.
  private static func closeDescriptor(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.close(descriptor)
    #else
      Darwin.close(descriptor)
    #endif
  }
}

/// Whether a file's background flush is pending, and the first error of its flushes.
private final class FlushState: Sendable {
  private let state = Mutex<(pending: Bool, failure: Int32?)>((false, nil))

  /// The first error recorded, if any.
  var failure: Int32? { state.withLock { $0.failure } }

  /// Marks a flush as pending; `false` if one already is.
  func beginIfIdle() -> Bool {
    state.withLock { state in
      if state.pending { return false }
      state.pending = true
      return true
    }
  }

  /// Marks the pending flush as done, recording `failure` unless an error was recorded before.
  func end(failure: Int32?) {
    state.withLock { state in
      state.pending = false
      state.failure = state.failure ?? failure
    }
  }
}
