#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a `.txt` path that names something other than a regular file is reported, the same
/// whether the listing sees it or the reader finds it in its place later.
package enum NonRegularFile {
  /// `not a regular file (named pipe)` and the like, for the file type bits of `mode`.
  package static func problem(_ mode: mode_t) -> String {
    "not a regular file (\(kindName(mode & S_IFMT)))"
  }

  /// What the file type bits `type` name.
  private static func kindName(_ type: mode_t) -> String {
    switch type {
    case S_IFIFO: "named pipe"
    case S_IFSOCK: "socket"
    case S_IFCHR: "character device"
    case S_IFBLK: "block device"
    case S_IFDIR: "folder"
    default: "special file"
    }
  }
}
