import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a set of tables into a staging folder and publishes them all at once as
/// `OUTPUT/<tablesFolder>/` (by default `OUTPUT/tables/`).
///
/// Layout: the output folder `OUTPUT` may hold anything else (the user's files, `.gitkeep`);
/// only `OUTPUT/<tablesFolder>/` and hidden `OUTPUT/.<tablesFolder>-staging-*`,
/// `OUTPUT/.<tablesFolder>-previous-*` and `OUTPUT/.<tablesFolder>-old-*` entries belong to this
/// type. Write every file of a run into `stagingDirectory`
/// (`OUTPUT/.tables-staging-<pid>-<random>/`), then call `commit()`.
///
/// Guarantee, given a POSIX file system where `rename` is atomic:
/// - Until `commit()` swaps the folders, `OUTPUT/tables/` is untouched; after the swap it holds
///   exactly the new run's files, all written and `fsync`ed before the swap.
/// - On Linux (`renameat2(RENAME_EXCHANGE)`, ext4/xfs/btrfs/tmpfs) and macOS
///   (`renamex_np(RENAME_SWAP)`) the swap is one atomic system call: a reader resolving
///   `OUTPUT/tables/…` sees the complete old set or the complete new set, never a mix and
///   never nothing. Where exchange is unsupported, the fallback renames `tables` to
///   `.tables-previous-*` and then the staging folder to `tables`; between those two renames
///   `OUTPUT/tables` is briefly missing (still never a mix).
/// - A crash or kill at any moment leaves the previous tables intact: before the swap they are
///   still in place, after it the new ones are.
/// - The replaced tables are not removed by `commit()` but moved to `.tables-old-<pid>-<random>`;
///   the next `StagedOutput` for the same folder removes them on a thread of its own while its
///   run works (`BackgroundRemoval`), and `commit()` and `abort()` wait for that removal. So
///   between runs the output folder holds up to two sets of tables (the published one and the
///   one it replaced), and during a run up to those two and the staged one.
/// - Leftovers of a crash (an unfinished staging folder, old tables awaiting removal, or a
///   `.tables-previous-*` folder with `tables` missing after a crash inside the fallback) are
///   removed the same way, or restored to `tables` before anything else happens.
/// - A staging folder is locked with `flock` while its process lives, so the cleanup never
///   touches a concurrent run's staging folder; two runs that both commit leave the complete
///   set of whichever committed last.
/// - A reader that already opened an old file keeps reading the old bytes; files opened one by
///   one across a swap can still come from different runs.
///
/// Dropping the object without `commit()` removes the staging folder, like `abort()`.
package final class StagedOutput {
  /// The folder the tables folder lives in; other entries in it are left alone.
  package let outputDirectory: URL
  /// Where the committed tables are published, `OUTPUT/<tablesFolder>/`.
  package let tablesDirectory: URL
  /// Where this run writes its files before `commit()`.
  package let stagingDirectory: URL
  /// The name stem of the hidden staging and previous folders, `.<tablesFolder>`.
  private let hiddenStem: String
  /// The unique part of this run's hidden folder names, `<pid>-<random>`.
  private let token: String
  /// The descriptor holding the `flock` on the staging folder, or -1 once released.
  private var lockDescriptor: Int32
  /// Whether `commit()` or `abort()` has run.
  private var isClosed = false
  /// Removes what earlier runs left behind.
  private let removal: BackgroundRemoval

  /// Creates `outputDirectory` if needed, restores the tables a crash inside the fallback swap
  /// left missing, starts removing the leftovers of earlier runs in the background, and creates
  /// and locks a fresh staging folder.
  package init(outputDirectory: URL, tablesFolder: String = "tables") throws(OutputError) {
    precondition(
      !tablesFolder.isEmpty && !tablesFolder.contains("/") && !tablesFolder.hasPrefix("."),
      "tablesFolder must be a plain, visible folder name")
    self.outputDirectory = outputDirectory.standardizedFileURL
    tablesDirectory = self.outputDirectory.appendingPathComponent(tablesFolder, isDirectory: true)
    hiddenStem = "." + tablesFolder
    let outputPath = self.outputDirectory.path
    try FileSystem.createDirectories(at: outputPath)
    removal = BackgroundRemoval(
      try Self.recoverLeftovers(in: outputPath, stem: hiddenStem, tablesPath: tablesDirectory.path))
    var attempt = 0
    while true {
      let token = "\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
      let path = outputPath + "/" + hiddenStem + "-staging-" + token
      guard mkdir(path, 0o755) == 0 else {
        if errno == EEXIST && attempt < 16 {
          attempt += 1
          continue
        }
        throw OutputError(.createDirectory, path: path)
      }
      // A concurrent cleanup may have locked and removed the folder between mkdir and flock.
      if let lock = FileSystem.lockDirectory(at: path) {
        if FileSystem.descriptor(lock, isAt: path) {
          self.token = token
          lockDescriptor = lock
          stagingDirectory = URL(fileURLWithPath: path, isDirectory: true)
          return
        }
        close(lock)
      }
      if attempt >= 16 {
        throw OutputError(.createDirectory, path: path, code: EAGAIN)
      }
      attempt += 1
    }
  }

  deinit {
    if !isClosed { abort() }
  }

  /// Publishes the staging folder as the tables folder: syncs its files, swaps it with the
  /// previous tables folder, syncs the output folder and moves the old tables to
  /// `.tables-old-<pid>-<random>`, where the next run removes them.
  /// - Complexity: O(n) in the number of files in both folders.
  package func commit() throws(OutputError) {
    precondition(!isClosed, "commit() after commit() or abort()")
    let stagingPath = stagingDirectory.path
    let tablesPath = tablesDirectory.path
    for name in try FileSystem.entryNames(in: stagingPath) {
      try FileSystem.sync(path: stagingPath + "/" + name)
    }
    try FileSystem.sync(path: stagingPath)

    var oldPath: String?
    switch FileSystem.entryKind(at: tablesPath) {
    case .other:
      throw OutputError(.rename, path: tablesPath, code: ENOTDIR)
    case .missing:
      try FileSystem.rename(stagingPath, to: tablesPath)
    case .directory:
      if try FileSystem.exchange(stagingPath, tablesPath) {
        oldPath = stagingPath
      } else {
        let previousPath = outputDirectory.path + "/" + hiddenStem + "-previous-" + token
        try FileSystem.rename(tablesPath, to: previousPath)
        try FileSystem.rename(stagingPath, to: tablesPath)
        oldPath = previousPath
      }
    }
    isClosed = true
    defer {
      // The new tables are published; if the old ones cannot be moved aside, the next run
      // removes them under the name they have.
      if let oldPath {
        try? FileSystem.rename(
          oldPath, to: outputDirectory.path + "/" + hiddenStem + "-old-" + token)
      }
      releaseLock()
      removal.wait()
    }
    do {
      try FileSystem.sync(path: outputDirectory.path)
    } catch {
      var failure = error
      failure.published = true
      throw failure
    }
  }

  /// Discards the staging folder and leaves the published tables as they were.
  package func abort() {
    guard !isClosed else { return }
    isClosed = true
    try? FileSystem.removeTree(at: stagingDirectory.path)
    releaseLock()
    removal.wait()
  }

  /// Closes the descriptor holding the staging folder's lock.
  private func releaseLock() {
    if lockDescriptor >= 0 { close(lockDescriptor) }
    lockDescriptor = -1
  }

  /// Restores `.stem-previous-*` as the tables folder if a crash left the tables folder
  /// missing, and returns what is to be removed: old tables and staging folders of dead runs,
  /// each of the latter locked.
  /// - Complexity: O(n) in the number of entries of the output folder.
  private static func recoverLeftovers(
    in outputPath: String, stem: String, tablesPath: String
  ) throws(OutputError) -> [BackgroundRemoval.Leftover] {
    let stagingPrefix = stem + "-staging-"
    let previousPrefix = stem + "-previous-"
    let oldPrefix = stem + "-old-"
    var leftovers: [BackgroundRemoval.Leftover] = []
    for name in try FileSystem.entryNames(in: outputPath) {
      let path = outputPath + "/" + name
      if name.hasPrefix(oldPrefix) {
        leftovers.append(.init(path: path))
      } else if name.hasPrefix(previousPrefix) {
        let stagingPath = outputPath + "/" + stagingPrefix + name.dropFirst(previousPrefix.count)
        if FileSystem.entryKind(at: stagingPath) == .directory {
          guard let lock = FileSystem.lockDirectory(at: stagingPath) else { continue }
          close(lock)
        }
        if FileSystem.entryKind(at: tablesPath) == .missing {
          try FileSystem.rename(path, to: tablesPath)
        } else {
          leftovers.append(.init(path: path))
        }
      }
    }
    for name in try FileSystem.entryNames(in: outputPath) where name.hasPrefix(stagingPrefix) {
      let path = outputPath + "/" + name
      guard let lock = FileSystem.lockDirectory(at: path) else { continue }
      leftovers.append(.init(path: path, lock: lock))
    }
    return leftovers
  }
}
