import Extract

/// One document's output, formatted and ready to be appended: the CSV and JSONL bytes of its
/// `documents`, `mentions` and `dates` rows, its analysis cache entry, and its counts for the
/// `entities` and `variants` tables.
///
/// `DocumentFormatter` builds it on any thread; `RunWriter.append(_:)` only copies the bytes into
/// the files, in path order.
package struct FormattedDocument: Sendable {
  /// The range of each part in its storage, indexed by `Part.rawValue`.
  typealias PartRanges = InlineArray<7, Range<Int>>

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

    /// Whether the part is kept apart from the others: the JSONL rows of `mentions` and
    /// `dates`, formatted into a buffer of their own beside the CSV rows.
    var isJSONRows: Bool { self == .mentionsJSONL || self == .datesJSONL }
  }

  /// The bytes of every part but `mentionsJSONL` and `datesJSONL`.
  private let bytes: ByteStorage
  /// The bytes of `mentionsJSONL` and `datesJSONL`.
  private let json: ByteStorage
  /// Each part's range in its storage, indexed by `Part.rawValue`; held inline, since an array
  /// allocated on a worker and freed on the writer's thread made them wait on allocator locks.
  private let partRanges: PartRanges
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

  /// Creates a document's output from the ranges of its parts: `mentionsJSONL` and `datesJSONL`
  /// in `json`, the others in `bytes`.
  init(
    bytes: ByteStorage, json: ByteStorage, partRanges: PartRanges, mentionRows: Int,
    dateRows: Int, status: DocumentStatus, sourceByteCount: Int, tally: MentionTally
  ) {
    precondition(partRanges.count == Part.allCases.count)
    for part in Part.allCases {
      let limit = part.isJSONRows ? json.count : bytes.count
      precondition(partRanges[part.rawValue].upperBound <= limit, "part \(part) out of bounds")
    }
    self.bytes = bytes
    self.json = json
    self.partRanges = partRanges
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
    let storage = part.isJSONRows ? json : bytes
    return try withExtendedLifetime(storage) { () throws(Failure) -> Result in
      try body(UnsafeBufferPointer(rebasing: storage.buffer[partRanges[part.rawValue]]))
    }
  }
}
