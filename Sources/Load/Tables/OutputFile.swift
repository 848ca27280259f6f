import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for writing with a byte buffer in front of it: callers append to `buffer` and
/// call `flushIfFull()`, so the file receives `write` calls of about 64 KiB, or of 1 MiB when it
/// bypasses the page cache.
///
/// A published file is written with direct I/O where the system allows it (`O_DIRECT` on Linux):
/// its bytes go from the buffer to the disk without being copied into the page cache and written
/// back from there, which took most of the system time of a run that writes 280 MB. Direct
/// writes must start at a multiple of `directAlignment` in memory and in the file and span a
/// multiple of it, so the buffer is aligned, only its aligned prefix is written while the file
/// grows, and the tail is written through the page cache when the file is flushed at the end.
/// Only files on local disk file systems (ext4, XFS, Btrfs) are written directly; elsewhere
/// (network file systems, `tmpfs`), or where a direct write is refused (`EINVAL`), the file is
/// written through the page cache as before. The bytes on disk are the same either way.
final class OutputFile {
  /// The buffer size at which `flushIfFull()` writes.
  static let chunkSize = 64 * 1024
  /// The buffer size at which `flushIfFull()` writes a file that bypasses the page cache: a
  /// direct write waits for the disk, so fewer and larger ones.
  static let directChunkSize = 1024 * 1024
  /// The alignment of a direct write's memory, file offset and length.
  static let directAlignment = 4096

  /// The path the file was created at.
  let path: String
  /// Bytes not yet written; append to it, then call `flushIfFull()`.
  var buffer: ByteBuffer
  /// The number of bytes handed to the file so far (excluding `buffer`).
  private(set) var bytesWritten = 0
  /// The open file descriptor, or -1 once closed.
  private var descriptor: Int32
  /// Whether writes bypass the page cache (see the type's description).
  private(set) var isDirect: Bool
  /// The buffer size at which `flushIfFull()` writes.
  private var threshold: Int { isDirect ? Self.directChunkSize : Self.chunkSize }

  /// Whether written bytes are handed to the disk as the file grows (for files that are
  /// published; a scratch file read back soon should stay in the page cache).
  private let startsWriteback: Bool

  /// Creates (or truncates) the file at `path` with mode 0644; `startsWriteback` as above. A
  /// file that starts writeback bypasses the page cache where the system allows it, unless
  /// `bypassesPageCache` is `false`.
  init(path: String, startsWriteback: Bool = true, bypassesPageCache: Bool = true)
    throws(OutputError)
  {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputError(.createFile, path: path) }
    isDirect =
      startsWriteback && bypassesPageCache && Self.isLocalDisk(descriptor)
      && Self.startDirectWrites(descriptor)
    self.path = path
    self.descriptor = descriptor
    self.startsWriteback = startsWriteback
    buffer = ByteBuffer(
      capacity: (isDirect ? Self.directChunkSize : Self.chunkSize) + Self.directAlignment,
      alignment: isDirect ? Self.directAlignment : 1)
  }

  /// Whether the open file lives on a local disk file system known to write directly well
  /// (ext2/3/4, XFS, Btrfs; on Linux). Elsewhere the page cache stays: on a network file system
  /// a direct write waits for the server, and on `tmpfs` there is no disk to go to.
  private static func isLocalDisk(_ descriptor: Int32) -> Bool {
    #if os(Linux) && (arch(x86_64) || arch(arm64))
      guard let fileSystemType = fileSystemType(descriptor) else { return false }
      let ext4: UInt32 = 0xEF53
      let xfs: UInt32 = 0x5846_5342
      let btrfs: UInt32 = 0x9123_683E
      return [ext4, xfs, btrfs].contains(UInt32(truncatingIfNeeded: fileSystemType))
    #else
      return false
    #endif
  }

  #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// The `f_type` of the file system the open file is on, from `fstatfs`, which Swift's
    /// `Glibc` module does not export: found in the C library at run time, with `f_type` the
    /// first field of `struct statfs` (a `long`) on 64-bit Linux; `nil` when it cannot be asked.
    private static func fileSystemType(_ descriptor: Int32) -> Int? {
      typealias FStatFS = @convention(c) (Int32, UnsafeMutableRawPointer) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "fstatfs") else {
        return nil
      }
      let fstatfs = unsafeBitCast(symbol, to: FStatFS.self)
      // `struct statfs` is 120 bytes on 64-bit Linux; room to spare.
      let info = UnsafeMutableRawPointer.allocate(byteCount: 256, alignment: 16)
      defer { info.deallocate() }
      guard fstatfs(descriptor, info) == 0 else { return nil }
      return info.load(as: Int.self)
    }
  #endif

  /// Sets `O_DIRECT` on the open file; `false` when the system refuses (the file is then
  /// written through the page cache).
  private static func startDirectWrites(_ descriptor: Int32) -> Bool {
    #if os(Linux)
      guard directFlag != 0 else { return false }
      let flags = fcntl(descriptor, F_GETFL)
      return flags >= 0 && fcntl(descriptor, F_SETFL, flags | directFlag) == 0
    #else
      return false
    #endif
  }

  /// `O_DIRECT`, which Swift's `Glibc` module does not export: its value on the architectures
  /// it is known for, else 0 (no direct I/O).
  private static var directFlag: Int32 {
    #if os(Linux) && arch(x86_64)
      0o40000
    #elseif os(Linux) && arch(arm64)
      0o200000
    #else
      0
    #endif
  }

  deinit {
    // A write behind still uses the descriptor (of a file dropped without `close()`).
    if behind != nil {
      writing.wait()
      writing.signal()
    }
    if descriptor >= 0 { _ = Self.closeDescriptor(descriptor) }
  }

  /// Writes the buffer out once it holds at least `chunkSize` bytes (`directChunkSize` for a
  /// file that bypasses the page cache, of which the aligned prefix is written behind, see
  /// `writeBehind()`).
  @inline(__always)
  func flushIfFull() throws(OutputError) {
    guard buffer.count >= threshold else { return }
    if isDirect { try writeBehind() } else { try write(all: true) }
  }

  /// Appends `bytes` to the buffer and writes it out if full, like appending to `buffer` and
  /// calling `flushIfFull()`; but a file that bypasses the page cache first writes behind what
  /// it holds when `bytes` would not fit, so that its buffer, and the chunk it trades places
  /// with, keep the size they started with instead of doubling (an append of up to a whole
  /// document's rows after almost 1 MiB).
  /// - Complexity: O(`bytes.count`), plus a write every chunk.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    if isDirect, buffer.count + bytes.count > Self.directChunkSize + Self.directAlignment {
      try writeBehind()
    }
    buffer.append(bytes)
    try flushIfFull()
  }

  /// Writes the whole buffer to the file and empties it, retrying short writes and `EINTR`,
  /// once the write behind is done. A file that bypasses the page cache writes its tail
  /// through the page cache, and so all that follows.
  /// - Complexity: O(n) in the buffered bytes.
  func flush() throws(OutputError) {
    try finishWriteBehind()
    try write(all: true)
  }

  // MARK: Writing behind

  /// The bytes a direct write behind is writing, and what became of it; touched by the owner
  /// only while no write is under way (`writing` holds its one permit).
  private final class Behind: @unchecked Sendable {
    /// The chunk being written: the first `length` bytes of `buffer`.
    var buffer: ByteBuffer
    /// How many bytes of `buffer` to write.
    var length = 0
    /// The `errno` of a failed write, reported by the owner's next write or `close()`.
    var failure: Int32?
    /// Whether the file system refused a direct write (`EINVAL`), so the write was made, and
    /// the file goes on, through the page cache.
    var fellBack = false

    init(capacity: Int) {
      buffer = ByteBuffer(capacity: capacity, alignment: OutputFile.directAlignment)
    }
  }

  /// The chunk being written behind, made on the first one.
  private var behind: Behind?
  /// One permit: taken while a chunk is being written behind.
  private let writing = DispatchSemaphore(value: 1)
  /// Runs the writes behind of every file; a file has one at a time, so its writes keep their
  /// order. Concurrent, so that they run on the threads of the pool the workers use: serial
  /// queues (one per file, or one for all) brought threads of their own, which then also took
  /// the writer's blocks and spread its memory over more allocator arenas (a full run over
  /// 100,000 articles peaked at 245-290 MB instead of 224-226 MB). Its waiters are the writer's
  /// thread and the two threads that write `entities` and `variants`; `concurrentPerform` on
  /// those leaves a pool thread free, and libdispatch adds one when all are blocked.
  private static let writeQueue = DispatchQueue(
    label: "pipeline.output-write", qos: .userInitiated, attributes: .concurrent)

  /// Hands the buffer's aligned prefix to a background thread to be written while the owner
  /// fills the buffer again: a direct write waits for the disk, and so did the writer's thread,
  /// which in a run over unchanged articles is what the workers waited for. Waits first for the
  /// chunk before, so one chunk per file is in flight; reports a failed write behind.
  private func writeBehind() throws(OutputError) {
    let aligned = buffer.count & ~(Self.directAlignment - 1)
    guard aligned > 0 else { return }
    writing.wait()
    let chunk = behind ?? Behind(capacity: Self.directChunkSize + Self.directAlignment)
    behind = chunk
    if let failure = chunk.failure {
      writing.signal()
      throw OutputError(.write, path: path, code: failure)
    }
    if chunk.fellBack {
      // Written through the page cache from now on, at once.
      writing.signal()
      isDirect = false
      try write(all: true)
      return
    }
    if let code = flushState.failure {
      writing.signal()
      throw OutputError(.sync, path: path, code: code)
    }
    // The chunk takes the buffer's bytes; the buffer keeps (a copy of) the unaligned tail.
    chunk.buffer.removeAll()
    buffer.withUnsafeBytes { bytes in
      chunk.buffer.append(UnsafeRawBufferPointer(rebasing: bytes[aligned...]))
    }
    buffer.exchange(with: &chunk.buffer)
    chunk.length = aligned
    let descriptor = descriptor
    let writing = writing
    Self.writeQueue.async {
      defer { writing.signal() }
      (chunk.failure, chunk.fellBack) = chunk.buffer.withUnsafeBytes { bytes in
        OutputFile.writeAll(bytes.baseAddress!, chunk.length, to: descriptor, isDirect: true)
      }
    }
    bytesWritten += aligned
    if bytesWritten - flushStart >= Self.flushChunk { startFlush() }
  }

  /// Waits until no chunk is being written behind; reports a failed one.
  private func finishWriteBehind() throws(OutputError) {
    guard let chunk = behind else { return }
    writing.wait()
    writing.signal()
    if let failure = chunk.failure { throw OutputError(.write, path: path, code: failure) }
    if chunk.fellBack { endDirectWrites() }
  }

  /// Writes the buffer, or with `all` false its largest prefix that spans a multiple of
  /// `directAlignment` bytes, and removes what it wrote from it.
  private func write(all: Bool) throws(OutputError) {
    precondition(descriptor >= 0, "write to closed file \(path)")
    if isDirect {
      let aligned = buffer.count & ~(Self.directAlignment - 1)
      if aligned > 0 { try writeBuffer(prefix: aligned) }
      guard all, !buffer.isEmpty else { return }
      endDirectWrites()
    }
    try writeBuffer(prefix: buffer.count)
  }

  /// Writes the first `length` bytes of the buffer, retrying short writes and `EINTR`, and
  /// removes them from it. A direct write the file system refuses (`EINVAL`) is made again
  /// through the page cache.
  private func writeBuffer(prefix length: Int) throws(OutputError) {
    let direct = isDirect
    let (failure, fellBack) = buffer.withUnsafeBytes { bytes in
      Self.writeAll(bytes.baseAddress!, length, to: descriptor, isDirect: direct)
    }
    if fellBack { isDirect = false }
    if let failure { throw OutputError(.write, path: path, code: failure) }
    if let code = flushState.failure { throw OutputError(.sync, path: path, code: code) }
    bytesWritten += length
    buffer.removeFirst(length)
    if startsWriteback, !isDirect, bytesWritten - writebackStart >= Self.writebackChunk {
      startWriteback()
    }
    if startsWriteback, bytesWritten - flushStart >= Self.flushChunk { startFlush() }
  }

  /// Writes `length` bytes from `bytes` to `descriptor`, retrying short writes and `EINTR`; a
  /// direct write the file system refuses (`EINVAL`) clears `O_DIRECT` and is made again
  /// through the page cache. Returns the `errno` of a failed write, and whether it fell back.
  private static func writeAll(
    _ bytes: UnsafeRawPointer, _ length: Int, to descriptor: Int32, isDirect: Bool
  ) -> (failure: Int32?, fellBack: Bool) {
    var offset = 0
    var fellBack = false
    while offset < length {
      let written = writeDescriptor(descriptor, bytes + offset, length - offset)
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EINVAL, isDirect, !fellBack {
          clearDirectFlag(descriptor)
          fellBack = true
          continue
        }
        return (errno, fellBack)
      }
      offset += written
    }
    return (nil, fellBack)
  }

  /// Switches the file to writes through the page cache (clearing `O_DIRECT`), which accept any
  /// address, offset and length.
  private func endDirectWrites() {
    Self.clearDirectFlag(descriptor)
    isDirect = false
  }

  /// Clears `O_DIRECT` on `descriptor`.
  private static func clearDirectFlag(_ descriptor: Int32) {
    #if os(Linux)
      let flags = fcntl(descriptor, F_GETFL)
      if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~directFlag) }
    #endif
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
    try flush()  // after the write behind
    behind = nil
    flushes.wait()
    if let code = flushState.failure { throw OutputError(.sync, path: path, code: code) }
    let result = Self.closeDescriptor(descriptor)
    descriptor = -1
    if result != 0 { throw OutputError(.close, path: path) }
  }

  /// Calls POSIX `write`, which the method name `write(all:)` hides inside this class.
  private static func writeDescriptor(
    _ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, bytes, count)
    #else
      Darwin.write(descriptor, bytes, count)
    #endif
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
