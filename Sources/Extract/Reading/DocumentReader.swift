#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a discovered file into a `SourceDocument`: reads, hashes, decodes, finds header clues.
///
/// Never throws: every problem becomes the document's `status` and `error`, so that every input
/// file is accounted for in `documents`.
package struct DocumentReader: Sendable {
  /// Files larger than this many bytes are skipped rather than read; one that grows past it while
  /// it is read is skipped after at most this many bytes and one more.
  package var maxFileBytes: Int

  /// Creates a reader with a size limit.
  package init(maxFileBytes: Int = 8 << 20) {
    self.maxFileBytes = maxFileBytes
  }

  /// Reads one file, through its `opened` descriptor if one is given (which is closed).
  /// - Complexity: O(n) in the size of the file.
  package func read(_ file: DiscoveredFile, metadata: DocumentMetadata?, opened: Int32? = nil)
    -> SourceDocument
  {
    var document = SourceDocument(
      docID: DocumentID.make(path: file.relativePath), path: file.relativePath,
      metadata: metadata ?? DocumentMetadata())
    if let problem = file.problem {
      if let opened { close(opened) }
      return failed(document, problem)
    }
    let bytes: [UInt8]
    do {
      // One byte more than the limit tells a file that grew past it while it was read.
      let contents = try FileBytes.read(
        file.absolutePath, opened: opened, limit: maxFileBytes == .max ? .max : maxFileBytes + 1,
        skippingLarger: maxFileBytes)
      switch contents {
      case .bytes(let read):
        bytes = read
      case .larger(let size):
        document.byteCount = size
        document.status = .skipped
        document.error =
          "file is \(size) bytes, larger than the limit of \(maxFileBytes) bytes (max_file_bytes)"
        return document
      }
    } catch {
      return failed(
        document, error.isNotRegularFile ? error.reason : "cannot read file: \(error.reason)")
    }
    if bytes.count > maxFileBytes {
      document.byteCount = max(FileBytes.size(of: file.absolutePath) ?? 0, bytes.count)
      document.status = .skipped
      document.error =
        "file grew past the limit of \(maxFileBytes) bytes (max_file_bytes) while it was read"
      return document
    }
    document.byteCount = bytes.count
    document.sha256 = SHA256.hex(bytes)
    switch TextDecoder.decode(bytes) {
    case .failure(let problem):
      return failed(document, problem.description)
    case .success(let decoded):
      document.encoding = decoded.encoding
      document.warnings = decoded.warnings
      guard decoded.utf8.contains(where: { !Self.isSpace($0) }) else {
        document.status = .skipped
        document.error = bytes.isEmpty ? "empty file" : "only white space"
        return document
      }
      document.text = decoded.utf8
      document.header = DocumentHeader.find(in: decoded.utf8)
    }
    return document
  }

  private func failed(_ document: SourceDocument, _ message: String) -> SourceDocument {
    var document = document
    document.status = .error
    document.error = message
    return document
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0
  }
}
