import Extract
import Foundation
import Transform

/// The analysis cache: what Transform found in each `ok` document of the last run, keyed by the
/// document's path, the SHA-256 of its bytes, its metadata publication date and a hash of the
/// configuration. It lives in the published tables folder (`tables/.analysis-cache`), so it is
/// swapped in together with the tables it produced and never disagrees with them.
///
/// Entries are sorted by path, like the files of a run, so a run reads the old cache as a stream
/// beside its own file list (a merge join): memory stays flat however large the corpus.
package enum AnalysisCache {
  /// The cache's file name inside the tables folder.
  package static let fileName = ".analysis-cache"
  /// The first bytes of a cache file; a new format gets a new magic.
  static let magic = Array("pipeline-analysis-cache-4\n".utf8)
}

/// Reads the previous run's cache sequentially.
package final class AnalysisCacheReader {
  /// One document's entry: what its analysis was made from, and the analysis.
  package struct Entry: Sendable, Equatable {
    /// The SHA-256 of the document's bytes, in hex.
    package var sha256: String
    /// The metadata publication date the analysis used, or "".
    package var published: String
    /// The encoded analysis; decode it with `decode(_:source:)`.
    package var payload: [UInt8]

    /// The payload, when the entry was made from `source`'s bytes and publication date.
    package func payload(for source: SourceDocument) -> [UInt8]? {
      sha256 == source.sha256 && published == (source.metadata.published ?? "") ? payload : nil
    }
  }

  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  private var exhausted = false
  /// The entry read ahead, with its path.
  private var pending: (path: String, entry: Entry)?

  /// Opens the cache at `path`; `nil` when there is none, or it was made with another
  /// configuration or format (then every document is tagged afresh).
  package init?(path: String, configurationHash: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    self.handle = handle
    guard (try? read(AnalysisCache.magic.count)) == AnalysisCache.magic,
      (try? readString()) == configurationHash
    else {
      try? handle.close()
      return nil
    }
    advance()
  }

  deinit { try? handle.close() }

  /// The cached analysis of `source`, when the cache has an entry with its path, bytes and
  /// publication date. Call with paths in increasing byte order.
  package func lookup(_ source: SourceDocument) -> AnalyzedDocument? {
    payload(for: source).flatMap { Self.decode($0, source: source) }
  }

  /// The encoded analysis of `source` as the cache holds it, when the cache has an entry with
  /// its path, bytes and publication date; decode it with `decode(_:source:)`, on any thread.
  /// Call with paths in increasing byte order.
  /// - Complexity: O(size of the entries skipped and read).
  package func payload(for source: SourceDocument) -> [UInt8]? {
    entry(at: source.path)?.payload(for: source)
  }

  /// The entry of the document at relative `path`, whatever bytes it was made from, skipping the
  /// entries of paths before it. Call with paths in increasing byte order (each at most once).
  /// - Complexity: O(size of the entries skipped and read).
  package func entry(at path: String) -> Entry? {
    while let pending, UTF8Order.precedes(pending.path, path) { advance() }
    guard let pending, pending.path == path else { return nil }
    advance()
    return pending.entry
  }

  /// `source` with the analysis decoded from a cache `payload`, or `nil` if it does not decode.
  /// - Complexity: O(`payload.count`).
  package static func decode(_ payload: [UInt8], source: SourceDocument) -> AnalyzedDocument? {
    var decoder = CacheDecoder(payload)
    return try? AnalysisCodec.decode(&decoder, source: source)
  }

  /// Reads the next entry into `pending`, or clears it at the end (or on a damaged file).
  private func advance() {
    do {
      guard let path = try readStringIfAny() else {
        pending = nil
        return
      }
      let sha256 = try readString()
      let published = try readString()
      let length = try readLength(8)
      pending = (path, Entry(sha256: sha256, published: published, payload: try read(length)))
    } catch {
      pending = nil
    }
  }

  /// Makes sure `count` bytes from `position` on are in `buffer` unless the file ends first,
  /// dropping the bytes already read.
  private func fill(_ count: Int) {
    guard buffer.count - position < count else { return }
    buffer.removeSubrange(0..<position)
    position = 0
    while buffer.count < count && !exhausted {
      let chunk = handle.readData(ofLength: max(1 << 18, count - buffer.count))
      if chunk.isEmpty {
        exhausted = true
        break
      }
      buffer.append(contentsOf: chunk)
    }
  }

  private func read(_ count: Int) throws(CacheDecoder.Corrupt) -> [UInt8] {
    guard count >= 0 && count < 1 << 31 else { throw CacheDecoder.Corrupt() }
    fill(count)
    guard buffer.count - position >= count else { throw CacheDecoder.Corrupt() }
    defer { position += count }
    return Array(buffer[position..<position + count])
  }

  /// A length of `width` bytes, little-endian, as `CacheEncoder.integer` writes it (a string's
  /// length takes its first four bytes).
  private func readLength(_ width: Int) throws(CacheDecoder.Corrupt) -> Int {
    fill(width)
    guard buffer.count - position >= width else { throw CacheDecoder.Corrupt() }
    var value: UInt64 = 0
    for index in 0..<width { value |= UInt64(buffer[position + index]) << (8 * index) }
    position += width
    return Int(truncatingIfNeeded: value)
  }

  private func readString() throws(CacheDecoder.Corrupt) -> String {
    let length = try readLength(4)
    guard length >= 0 && length < 1 << 31 else { throw CacheDecoder.Corrupt() }
    fill(length)
    guard buffer.count - position >= length else { throw CacheDecoder.Corrupt() }
    defer { position += length }
    return buffer.withUnsafeBufferPointer { bytes in
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }
  }

  private func readStringIfAny() throws(CacheDecoder.Corrupt) -> String? {
    fill(1)
    return buffer.count > position ? try readString() : nil
  }
}

/// Writes the cache of the current run into the staging folder.
package final class AnalysisCacheWriter {
  private let file: OutputFile

  /// The path of the cache file.
  package var path: String { file.path }

  /// Creates the cache file in `directory` for a configuration.
  package init(directory: URL, configurationHash: String) throws(OutputError) {
    file = try OutputFile(path: directory.appendingPathComponent(AnalysisCache.fileName).path)
    var header = CacheEncoder()
    header.append(AnalysisCache.magic)
    header.string(configurationHash)
    file.buffer.append(header.bytes)
  }

  /// Appends the analysis of one `ok` document; call in path order.
  package func append(_ document: AnalyzedDocument) throws(OutputError) {
    guard document.source.status == .ok else { return }
    try append(entry: Self.entry(for: document))
  }

  /// Appends one entry made by `entry(for:payload:)`; call in path order.
  /// - Complexity: O(`entry.count`), plus a buffered write every 64 KiB.
  package func append(entry: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    try file.append(entry)
  }

  /// Appends one entry made by `entry(for:payload:)`; call in path order.
  /// - Complexity: O(`entry.count`), plus a buffered write every 64 KiB.
  package func append(entry: [UInt8]) throws(OutputError) {
    try entry.withUnsafeBufferPointer { (bytes) throws(OutputError) in try append(entry: bytes) }
  }

  /// The cache entry of an `ok` document: its path, hash and publication date, then the encoded
  /// analysis, which is `payload` when given (the bytes an earlier run's cache held for the very
  /// same analysis), else encoded from `document`. Pure, so any thread may build entries.
  /// - Complexity: O(size of the analysis).
  package static func entry(for document: AnalyzedDocument, payload: [UInt8]? = nil) -> [UInt8] {
    var entry = CacheEncoder(
      capacity: payload.map { $0.count + 256 }
        ?? 256 + 160 * (document.mentions.count + document.dates.count))
    appendEntry(for: document, payload: payload, to: &entry)
    return entry.bytes
  }

  /// Appends what `entry(for:payload:)` returns to `entry`.
  /// - Complexity: O(size of the analysis).
  static func appendEntry(
    for document: AnalyzedDocument, payload: [UInt8]?, to entry: inout CacheEncoder
  ) {
    entry.string(document.source.path)
    entry.string(document.source.sha256)
    entry.string(document.source.metadata.published ?? "")
    if let payload {
      entry.integer(payload.count)
      entry.append(payload)
    } else {
      let lengthOffset = entry.count
      entry.integer(0)
      AnalysisCodec.encode(document, into: &entry)
      entry.setInteger(entry.count - lengthOffset - 8, at: lengthOffset)
    }
  }

  /// Writes what is buffered and closes the file.
  package func finish() throws(OutputError) {
    try file.flush()
    try file.close()
  }
}
