#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of a batch opened before they are read, with the system asked to bring their bytes
/// into memory (`posix_fadvise(POSIX_FADV_WILLNEED)`, which starts the disk reads and returns),
/// so that a corpus the page cache no longer holds is read from disk while the workers analyze
/// the batch before.
///
/// A worker takes the descriptor of its file (`descriptor(at:)`) and hands it to
/// `DocumentReader`, which reads and closes it. A file that cannot be opened here, has a known
/// problem or is listed as larger than the read limit gets no descriptor, nor does one after
/// `maxDescriptors` files were opened (its bytes are asked for all the same): the reader opens
/// it itself, with the same messages as ever. A file opened here and then deleted or replaced
/// is read as it was when opened.
/// Descriptors never taken are closed when the object goes. Elsewhere than Linux nothing is
/// opened.
package final class ReadAhead: @unchecked Sendable {
  // @unchecked: every slot is written by `init` and then taken by one worker at most, each
  // index by a single thread, after the object was handed over.

  /// One descriptor per file, or -1.
  private let descriptors: UnsafeMutableBufferPointer<Int32>

  /// The descriptors a batch holds at most: an eighth of the soft limit on open files (the
  /// batch being read and the next are open at once), and never more than 256.
  package static let maxDescriptors: Int = {
    var limit = rlimit()
    #if canImport(Glibc)
      let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
      let resource = RLIMIT_NOFILE
    #endif
    guard getrlimit(resource, &limit) == 0 else { return 256 }
    // No limit reads as the largest value.
    return min(Int(clamping: limit.rlim_cur) / 8, 256)
  }()

  /// Opens `files` and asks for their bytes, skipping files larger than `maxFileBytes` (the
  /// reader does not read them) and opening at most `maxDescriptors`.
  /// - Complexity: O(n) system calls for n files.
  package init(
    _ files: some Collection<DiscoveredFile>, maxFileBytes: Int,
    maxDescriptors: Int = ReadAhead.maxDescriptors
  ) {
    descriptors = .allocate(capacity: files.count)
    descriptors.initialize(repeating: -1)
    #if os(Linux)
      var opened = 0
      for (index, file) in files.enumerated() {
        guard file.problem == nil, file.byteCount <= maxFileBytes else { continue }
        // Non-blocking: a file replaced by a named pipe since the listing is refused by the
        // reader instead of hanging the run here (regular files read the same either way).
        let descriptor = open(file.absolutePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { continue }
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
        if opened < maxDescriptors {
          descriptors[index] = descriptor
          opened += 1
        } else {
          close(descriptor)  // asked for all the same, and opened again by the reader
        }
      }
    #endif
  }

  deinit {
    for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    descriptors.deallocate()
  }

  /// The open descriptor of file `index`, which the caller now owns, or nil; a second call for
  /// the same index gives nil.
  package func descriptor(at index: Int) -> Int32? {
    let descriptor = descriptors[index]
    guard descriptor >= 0 else { return nil }
    descriptors[index] = -1
    return descriptor
  }
}
