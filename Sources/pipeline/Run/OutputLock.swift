import Foundation

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

  /// Takes the lock or fails at once with exit code 75 when another run holds it.
  init(outputDirectory: String) throws(CommandFailure) {
    do {
      try FileManager.default.createDirectory(
        atPath: outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure(
        code: .cannotCreateOutput,
        message: "cannot create output folder \(outputDirectory): \(error.localizedDescription)")
    }
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

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
