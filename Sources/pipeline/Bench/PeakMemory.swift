import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The peak resident set size of this process, with a reset on Linux, so a benchmark can report
/// the peak of the part it measures rather than of everything before it.
enum PeakMemory {
  /// Sets the peak back to the current resident size (Linux: writes `5` to
  /// `/proc/self/clear_refs`); returns false where that is not possible.
  static func reset() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do {
      try handle.write(contentsOf: Data("5".utf8))
      return true
    } catch {
      return false
    }
  }

  /// The peak resident size in bytes since the last `reset()` (Linux: `VmHWM` of
  /// `/proc/self/status`), else since the process started (`getrusage`).
  static func bytes() -> Int {
    if let status = FileManager.default.contents(atPath: "/proc/self/status") {
      for line in String(decoding: status, as: UTF8.self).split(separator: "\n")
      where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        if let kilobytes = Int(digits) { return kilobytes * 1024 }
      }
    }
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    #if canImport(Darwin)
      return Int(usage.ru_maxrss)
    #else
      return Int(usage.ru_maxrss) * 1024
    #endif
  }
}

#if canImport(Glibc)
  /// `RUSAGE_SELF` as the C function expects it on Glibc.
  private let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
  private let rusageSelf = RUSAGE_SELF
#endif
