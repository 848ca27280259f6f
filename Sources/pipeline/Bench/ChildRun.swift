import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One `pipeline` run in a process of its own, as a scheduler starts it: how long it took from
/// the start of the process to its exit, and the largest resident set size the process had.
///
/// The benchmark measures its runs this way rather than calling them in its own process, where
/// each round would start on the heap and threads the rounds before it left behind.
struct ChildRun {
  /// Wall-clock seconds from spawning the process until it exited.
  var seconds: Double
  /// The child's peak resident set size in bytes (`ru_maxrss` of `wait4`; on Linux at least
  /// the resident size of this process when it started the child, which shared its memory
  /// until `exec`; the bench's own is far below a run's).
  var peakBytes: Int

  /// The path of this program's executable, to start it again.
  static var executable: String {
    #if os(Linux)
      return "/proc/self/exe"
    #else
      return Bundle.main.executablePath ?? CommandLine.arguments[0]
    #endif
  }

  /// Runs `executable` with `arguments` (without the program name), its standard streams those
  /// of this process, and waits for it.
  /// - Throws: `CommandFailure` when it cannot be started or does not exit with code 0.
  static func run(_ arguments: [String], executable: String = Self.executable)
    throws(CommandFailure) -> ChildRun
  {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let started = DispatchTime.now().uptimeNanoseconds
    let spawned = argv.withUnsafeBufferPointer { pointers in
      posix_spawn(
        &pid, executable, nil, nil, UnsafeMutablePointer(mutating: pointers.baseAddress!), environ)
    }
    guard spawned == 0 else {
      throw CommandFailure(
        code: .ioError,
        message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      let code = errno
      guard code == EINTR else {
        throw CommandFailure(
          code: .ioError,
          message: "cannot wait for \(executable): \(String(cString: strerror(code)))")
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    // Exited normally: the low 7 bits are 0 and the code is in the next 8.
    let signal = status & 0x7F
    let code = (status >> 8) & 0xFF
    guard signal == 0, code == 0 else {
      let how = signal == 0 ? "exited with code \(code)" : "was killed by signal \(signal)"
      // The child's own exit code where it is one of ours (a lock held, an output folder that
      // cannot be made), else a failure to run.
      throw CommandFailure(
        code: signal == 0 ? ExitCode(rawValue: code) ?? .ioError : .ioError,
        message: "pipeline \(arguments.first ?? "") \(how) during the benchmark")
    }
    #if canImport(Darwin)
      let peak = Int(usage.ru_maxrss)
    #else
      let peak = Int(usage.ru_maxrss) * 1024
    #endif
    return ChildRun(seconds: seconds, peakBytes: peak)
  }
}
