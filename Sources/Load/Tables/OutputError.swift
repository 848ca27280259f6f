#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed file-system call while writing output: what was attempted, on which path, and the
/// POSIX error number.
package struct OutputError: Error, CustomStringConvertible, Equatable {
  /// The kind of file-system call that failed.
  package enum Operation: String, Sendable, Equatable {
    /// Creating a directory.
    case createDirectory = "create directory"
    /// Creating or opening a file for writing.
    case createFile = "create file"
    /// Opening a file or directory to read or sync it.
    case open
    /// Reading bytes back from a file the run wrote.
    case read
    /// Writing bytes to a file.
    case write
    /// Flushing a file or directory to disk (`fsync`).
    case sync
    /// Closing a file.
    case close
    /// Renaming or swapping a directory entry.
    case rename
    /// Removing a file or directory.
    case remove
    /// Listing a directory.
    case list
  }

  /// The call that failed.
  package var operation: Operation
  /// The path it was called on.
  package var path: String
  /// The POSIX error number (`errno`).
  package var code: Int32
  /// Whether the run's tables were already published when the call failed: only flushing the
  /// output folder after the swap fails so, and then the new tables are in place but the swap
  /// may not survive a crash of the system.
  package var published = false

  /// Creates an error for `operation` on `path`; `code` defaults to the current `errno`.
  package init(_ operation: Operation, path: String, code: Int32 = errno) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// The POSIX reason, e.g. `No space left on device`.
  package var reason: String { String(cString: strerror(code)) }

  /// A one-line message such as `cannot create file out/x.csv: Permission denied`.
  package var description: String { "cannot \(operation.rawValue) \(path): \(reason)" }

  /// The sysexits code for the CLI: 73 (`EX_CANTCREAT`) if a file or directory could not be
  /// created, else 74 (`EX_IOERR`).
  package var exitCode: Int32 {
    operation == .createDirectory || operation == .createFile ? 73 : 74
  }
}
