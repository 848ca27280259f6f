#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the entries `readdir` returns.
package enum DirectoryEntry {
  /// The name of `entry`, read where it lies in the entry.
  ///
  /// `entry.pointee.d_name` copies the whole 256-byte field, but the kernel's record ends after
  /// the name: for the last entry of `readdir`'s buffer the copy can run past the buffer's last
  /// page, and a scan crashed that way (about once in 40 bench runs). Only the bytes up to the
  /// name's NUL are read here.
  /// - Complexity: O(*n*) in the length of the name.
  package static func name(of entry: UnsafePointer<dirent>) -> String {
    let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
  }
}
