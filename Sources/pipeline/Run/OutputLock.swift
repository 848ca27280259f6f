import Load

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on an output folder (`OUTPUT/.pipeline.lock`, `flock`), so that two runs
/// never write the same tables. The kernel drops the lock when the process ends, however it
/// ends, so a killed run leaves no stale lock behind.
final class OutputLock {
  private let descriptor: Int32

  /// Creates the output folder if needed (exit code 73 if it cannot be made) and takes the
  /// lock, or fails at once with exit code 75 when another run holds it.
  init(outputDirectory: String) throws(CommandFailure) {
    try Self.createFolders(outputDirectory)
    let path = outputDirectory + "/.pipeline.lock"
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw CommandFailure(
        code: .cannotCreateOutput,
        message: "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw CommandFailure(
        code: .lockHeld,
        message:
          "another pipeline run is writing to \(outputDirectory); try again when it has finished")
    }
    let pid = Array("\(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    self.descriptor = descriptor
  }

  /// Creates the folder `path` and the missing folders above it; fails with exit code 73,
  /// naming the folder that could not be made or the file that stands where a folder should be.
  private static func createFolders(_ path: String) throws(CommandFailure) {
    do throws(OutputError) {
      try FileSystem.createDirectories(at: path)
    } catch {
      let problem =
        error.code == ENOTDIR
        ? "\(error.path) is a file, not a folder" : "cannot make \(error.path): \(error.reason)"
      throw CommandFailure(
        code: .cannotCreateOutput, message: "cannot create output folder \(path): \(problem)")
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
