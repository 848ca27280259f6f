#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds every `*.txt` file under an input folder, recursively.
///
/// Symbolic links are followed; a link that leads back into a folder already on the current path
/// (a loop) or to a folder already listed is reported once and not entered again. Entries whose
/// name starts with `.` (hidden files, `.git`, staging folders) are passed over. Unreadable folders
/// are reported as findings; unreadable or broken `.txt` entries are listed with their problem so
/// that they still get a `documents` row.
package enum CorpusScanner {
  /// The error for an input folder that cannot be listed at all.
  package struct ScanError: Error, CustomStringConvertible, Equatable {
    /// The folder that was asked for.
    package var path: String
    /// The system's reason.
    package var reason: String
    /// A one-line message that says what to do.
    package var description: String { "cannot read input folder \(path): \(reason)" }
  }

  /// Lists the corpus under `root`.
  /// - Complexity: O(n log n) in the number of entries below `root`.
  package static func scan(root: String) throws(ScanError) -> CorpusListing {
    var info = stat()
    guard stat(root, &info) == 0 else {
      throw ScanError(path: root, reason: String(cString: strerror(errno)))
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw ScanError(path: root, reason: "not a folder")
    }
    var walker = Walker()
    walker.visited.insert(FileIdentity(info))
    guard walker.walk(directory: root, relative: "") else {
      throw ScanError(path: root, reason: String(cString: strerror(errno)))
    }
    // By numbers made of the paths' first bytes rather than by comparing strings.
    let order = UTF8Order.sortedPositions(walker.files.map(\.relativePath))
    return CorpusListing(files: order.map { walker.files[$0] }, findings: walker.findings.sorted())
  }
}

/// A file's device and inode, which identify a folder however it was reached.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

/// The recursive part of a scan, with its accumulated state.
private struct Walker {
  var files: [DiscoveredFile] = []
  var findings: [String] = []
  var visited: Set<FileIdentity> = []

  /// Lists one folder; returns `false` when the folder itself cannot be opened. Its entries are
  /// looked up by name in the open folder (`fstatat`) rather than by their whole paths; its
  /// subfolders are entered, in order, once it is closed again, so that only one folder is open
  /// at a time however deep the nesting.
  mutating func walk(directory: String, relative: String) -> Bool {
    guard let handle = opendir(directory) else { return false }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = DirectoryEntry.name(of: entry)
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    let folder = dirfd(handle)
    var subfolders: [(path: String, relativePath: String, info: stat)] = []
    for position in UTF8Order.sortedPositions(names) {
      let name = names[position]
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      var info = stat()
      guard fstatat(folder, name, &info, 0) == 0 else {
        let error = errno
        visitUnreachable(
          name: name, in: folder, path: path, relativePath: relativePath, error: error)
        continue
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        subfolders.append((path, relativePath, info))
      } else {
        visit(name: name, path: path, relativePath: relativePath, info: info)
      }
    }
    closedir(handle)
    for subfolder in subfolders {
      enter(subfolder.path, relativePath: subfolder.relativePath, info: subfolder.info)
    }
    return true
  }

  /// Lists a subfolder unless it was listed before (a symbolic link loop or a second link).
  mutating func enter(_ path: String, relativePath: String, info: stat) {
    let identity = FileIdentity(info)
    guard !visited.contains(identity) else {
      findings.append("\(relativePath): symbolic link loop or folder already listed; not entered")
      return
    }
    visited.insert(identity)
    if !walk(directory: path, relative: relativePath) {
      findings.append("\(relativePath): cannot list folder: \(String(cString: strerror(errno)))")
    }
  }

  /// Reports the entry `name` of the open `folder` that could not be looked up (`error`): an
  /// article gets a `documents` row with the problem, anything else a finding, except a
  /// symbolic link that leads nowhere (unless it loops).
  mutating func visitUnreachable(
    name: String, in folder: Int32, path: String, relativePath: String, error: Int32
  ) {
    let reason = String(cString: strerror(error))
    var linkInfo = stat()
    let isLink =
      fstatat(folder, name, &linkInfo, AT_SYMLINK_NOFOLLOW) == 0
      && (linkInfo.st_mode & S_IFMT) == S_IFLNK
    if Self.isArticle(name) {
      let problem = isLink ? "broken symbolic link (\(reason))" : reason
      files.append(DiscoveredFile(relativePath: relativePath, absolutePath: path, problem: problem))
    } else if !isLink || error == ELOOP {
      findings.append("\(relativePath): \(reason)")
    }
  }

  /// Whether a file of this name is an article (`.txt` in any case).
  static func isArticle(_ name: String) -> Bool { name.lowercased().hasSuffix(".txt") }

  /// Looks at the entry `name` that is not a folder, which `fstatat` found as `info`.
  mutating func visit(name: String, path: String, relativePath: String, info: stat) {
    let isArticle = Self.isArticle(name)
    switch info.st_mode & S_IFMT {
    case S_IFREG where isArticle:
      files.append(
        DiscoveredFile(
          relativePath: relativePath, absolutePath: path, byteCount: Int(info.st_size)))
    case _ where isArticle:
      let problem = NonRegularFile.problem(info.st_mode)
      files.append(DiscoveredFile(relativePath: relativePath, absolutePath: path, problem: problem))
    default:
      break
    }
  }
}
