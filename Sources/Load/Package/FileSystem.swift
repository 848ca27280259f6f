import Extract

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The POSIX calls `StagedOutput` is built from, each failing with an `OutputError`.
package enum FileSystem {
  /// The kind of entry found at a path (symbolic links are not followed).
  enum EntryKind: Equatable {
    /// Nothing is there.
    case missing
    /// A directory.
    case directory
    /// A file, symbolic link or anything else.
    case other
  }

  /// What is at `path`, without following a symbolic link.
  static func entryKind(at path: String) -> EntryKind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
  }

  /// The names in the directory at `path`, without `.` and `..`, sorted.
  /// - Complexity: O(n log n) in the number of entries.
  static func entryNames(in path: String) throws(OutputError) -> [String] {
    guard let stream = opendir(path) else { throw OutputError(.list, path: path) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = DirectoryEntry.name(of: entry)
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Removes `path` and, if it is a directory, everything below it.
  /// - Complexity: O(n) in the number of entries below `path`.
  static func removeTree(at path: String) throws(OutputError) {
    switch entryKind(at: path) {
    case .missing:
      return
    case .other:
      guard unlink(path) == 0 || errno == ENOENT else { throw OutputError(.remove, path: path) }
    case .directory:
      let names: [String]
      do {
        names = try entryNames(in: path)
      } catch {
        // Removed in the meantime by another run's cleanup.
        if error.code == ENOENT { return }
        throw error
      }
      for name in names { try removeTree(at: path + "/" + name) }
      guard rmdir(path) == 0 || errno == ENOENT else { throw OutputError(.remove, path: path) }
    }
  }

  /// Flushes the file or directory at `path` to disk.
  static func sync(path: String) throws(OutputError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError(.open, path: path) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw OutputError(.sync, path: path) }
  }

  /// Renames `source` to `target`; fails if `target` is a non-empty directory.
  static func rename(_ source: String, to target: String) throws(OutputError) {
    #if canImport(Glibc)
      let result = Glibc.rename(source, target)
    #else
      let result = Darwin.rename(source, target)
    #endif
    guard result == 0 else { throw OutputError(.rename, path: source) }
  }

  /// Atomically swaps the directory entries `first` and `second` (Linux `renameat2` with
  /// `RENAME_EXCHANGE`, Darwin `renamex_np` with `RENAME_SWAP`); returns `false` if the system
  /// or file system cannot do that, so the caller falls back to two renames.
  static func exchange(_ first: String, _ second: String) throws(OutputError) -> Bool {
    #if canImport(Glibc)
      guard let address = renameat2Address else { return false }
      typealias Renameat2 =
        @convention(c) (
          Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32
      let renameat2 = unsafeBitCast(address, to: Renameat2.self)
      let renameExchange: UInt32 = 2
      let result = renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
    #else
      let renameSwap: UInt32 = 2
      let result = renamex_np(first, second, renameSwap)
    #endif
    if result == 0 { return true }
    let code = errno
    if code == EINVAL || code == ENOSYS || code == ENOTSUP { return false }
    throw OutputError(.rename, path: first, code: code)
  }

  #if canImport(Glibc)
    /// The address of glibc's `renameat2` (glibc 2.28+), which Swift's Glibc module does not
    /// import; `nil` on older systems.
    nonisolated(unsafe) private static let renameat2Address: UnsafeMutableRawPointer? = {
      dlsym(dlopen(nil, RTLD_NOW), "renameat2")
    }()
  #endif
}

extension FileSystem {
  /// Opens the directory at `path` and takes an exclusive, non-blocking `flock` on it; returns
  /// the descriptor holding the lock (released by `close` or the death of the process), or
  /// `nil` if another process holds it or the directory cannot be opened.
  static func lockDirectory(at path: String) -> Int32? {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      return nil
    }
    return descriptor
  }

  /// Whether `descriptor` still refers to the entry at `path` (same device and inode).
  static func descriptor(_ descriptor: Int32, isAt path: String) -> Bool {
    var opened = stat()
    var named = stat()
    guard fstat(descriptor, &opened) == 0, lstat(path, &named) == 0 else { return false }
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
  }

  /// Creates the directory at `path` and any missing parents, as `mkdir -p` does (mode 0777
  /// under the umask; a symbolic link to a directory counts as one).
  /// - Throws: `OutputError(.createDirectory)` on the first path that could not be made, with
  ///   `ENOTDIR` when a file stands where a directory should be.
  package static func createDirectories(at path: String) throws(OutputError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        throw OutputError(.createDirectory, path: path, code: ENOTDIR)
      }
      return
    }
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      try createDirectories(at: String(path[..<slash]))
    }
    if mkdir(path, 0o777) == 0 { return }
    let code = errno
    // Another process may have made it in the meantime.
    if code == EEXIST, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
    throw OutputError(.createDirectory, path: path, code: code)
  }
}
