import Foundation

/// A progress line on standard error for interactive runs: files, MB/s and time left.
final class ProgressLine: @unchecked Sendable {
  private let total: Int
  private let started: Date
  private let lock = NSLock()

  /// Creates a progress line for `total` files.
  init(total: Int, started: Date) {
    self.total = total
    self.started = started
  }

  /// Redraws the line.
  func update(files: Int, bytes: Int) {
    lock.lock()
    defer { lock.unlock() }
    let seconds = max(Date().timeIntervalSince(started), 0.001)
    let rate = Double(bytes) / 1_048_576 / seconds
    let left = files > 0 ? seconds * Double(total - files) / Double(files) : 0
    let line = String(format: "\r%d/%d files  %.1f MB/s  %.0f s left  ", files, total, rate, left)
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Ends the line.
  func finish() {
    FileHandle.standardError.write(Data("\n".utf8))
  }
}
