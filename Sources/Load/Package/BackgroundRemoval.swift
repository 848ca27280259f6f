import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the folders that earlier runs left in the output folder on a thread of its own, so
/// that the file system's work of freeing their blocks overlaps the run instead of adding to
/// its end (on ext4 mounted with `discard`, removing 280 MB of tables waits 60–80 ms for the
/// disk).
final class BackgroundRemoval: Sendable {
  /// A folder to remove and the descriptor holding its `flock` (closed once it is gone), or -1.
  struct Leftover: Sendable {
    var path: String
    var lock: Int32 = -1
  }

  /// Left when every folder is removed.
  private let done = DispatchGroup()

  /// Starts removing `leftovers`, in order; a folder that cannot be removed is left for the
  /// next run.
  init(_ leftovers: [Leftover]) {
    guard !leftovers.isEmpty else { return }
    let done = done
    done.enter()
    let thread = Thread {
      defer { done.leave() }
      for leftover in leftovers {
        try? FileSystem.removeTree(at: leftover.path)
        if leftover.lock >= 0 { close(leftover.lock) }
      }
    }
    thread.start()
  }

  /// Blocks until every folder is removed (or given up on).
  func wait() {
    done.wait()
  }
}
