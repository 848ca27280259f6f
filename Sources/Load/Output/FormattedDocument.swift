import Extract

/// One document's output, formatted and ready to be appended: the CSV and JSONL bytes of its
/// `documents`, `mentions` and `dates` rows, its analysis cache entry, and its counts for the
/// `entities` and `variants` tables.
///
/// `DocumentFormatter` builds it on any thread; `RunWriter.append(_:)` only copies the bytes into
/// the files, in path order.
package struct FormattedDocument: Sendable {
  /// A run of bytes inside the document's output.
  package enum Part: Int, CaseIterable, Sendable {
    /// The `documents.csv` row.
    case documentsCSV
    /// The `documents.jsonl` row.
    case documentsJSONL
    /// The `mentions.csv` rows.
    case mentionsCSV
    /// The `mentions.jsonl` rows.
    case mentionsJSONL
    /// The `dates.csv` rows.
    case datesCSV
    /// The `dates.jsonl` rows.
    case datesJSONL
    /// The analysis cache entry (empty unless the document's status is `ok`).
    case cacheEntry
  }

  /// Every part's bytes back to back, in `Part` order.
  private let bytes: ByteStorage
  /// The end offset of each part in `bytes`, indexed by `Part.rawValue`.
  private let partEnds: [Int]
  /// The number of `mentions` rows.
  package let mentionRows: Int
  /// The number of `dates` rows.
  package let dateRows: Int
  /// What became of the file.
  package let status: DocumentStatus
  /// The size of the input file in bytes.
  package let sourceByteCount: Int
  /// The document's mentions, counted for `EntityStatistics`.
  package let tally: MentionTally

  /// Creates a document's output from its parts' bytes back to back in `Part` order.
  init(
    bytes: ByteStorage, partEnds: [Int], mentionRows: Int, dateRows: Int, status: DocumentStatus,
    sourceByteCount: Int, tally: MentionTally
  ) {
    precondition(partEnds.count == Part.allCases.count && partEnds.last == bytes.count)
    self.bytes = bytes
    self.partEnds = partEnds
    self.mentionRows = mentionRows
    self.dateRows = dateRows
    self.status = status
    self.sourceByteCount = sourceByteCount
    self.tally = tally
  }

  /// The bytes of `part`, copied into an array.
  /// - Complexity: O(length of the part).
  package func bytes(of part: Part) -> [UInt8] {
    withBytes(of: part) { Array($0) }
  }

  /// Calls `body` with the bytes of `part`.
  package func withBytes<Result, Failure: Error>(
    of part: Part, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let start = part.rawValue == 0 ? 0 : partEnds[part.rawValue - 1]
    let end = partEnds[part.rawValue]
    return try withExtendedLifetime(bytes) { () throws(Failure) -> Result in
      try body(UnsafeBufferPointer(rebasing: bytes.buffer[start..<end]))
    }
  }
}
