import Dispatch
import Extract
import Load
import Transform

/// Reads and analyzes the corpus in parallel and hands the results to the writer in path order.
///
/// Files go in batches; within a batch every core takes files one at a time
/// (`concurrentPerform`), and the batch is written in order before the next starts, so memory
/// holds at most one batch of documents and the tables never depend on scheduling.
struct CorpusRun {
  /// Turns files into source documents.
  let reader: DocumentReader
  /// Tags documents.
  let analyzer: DocumentAnalyzer
  /// Metadata per relative path.
  let metadata: MetadataTable
  /// Worker threads; 1 runs everything on the calling thread.
  let threads: Int
  /// Called after each batch with the files and bytes done so far.
  let progress: (@Sendable (_ files: Int, _ bytes: Int) -> Void)?

  /// How many files a batch holds per thread.
  private static let filesPerThread = 32

  /// Processes `files` into `writer`.
  /// - Complexity: O(total bytes).
  func process(_ files: [DiscoveredFile], into writer: RunWriter) throws(OutputError) {
    let batchSize = max(threads, 1) * Self.filesPerThread
    var done = 0
    var bytes = 0
    var start = 0
    while start < files.count {
      let batch = Array(files[start..<min(start + batchSize, files.count)])
      let results = analyze(batch)
      for document in results {
        try writer.append(document)
        bytes += document.source.byteCount
      }
      done += batch.count
      progress?(done, bytes)
      start += batchSize
    }
  }

  /// The analyzed documents of one batch, in the batch's order.
  private func analyze(_ batch: [DiscoveredFile]) -> [AnalyzedDocument] {
    let reader = reader, analyzer = analyzer, metadata = metadata
    let work: @Sendable (DiscoveredFile) -> AnalyzedDocument = { file in
      let source = reader.read(file, metadata: metadata.rows[file.relativePath])
      return analyzer.analyze(source)
    }
    if threads <= 1 || batch.count == 1 { return batch.map(work) }
    let slots = ResultSlots(count: batch.count)
    DispatchQueue.concurrentPerform(iterations: batch.count) { index in
      slots.store(work(batch[index]), at: index)
    }
    return slots.take()
  }
}

/// Fixed slots that parallel workers fill, each index written by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
  private var slots: UnsafeMutableBufferPointer<AnalyzedDocument?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Stores the result for `index`; distinct indices may be stored concurrently.
  func store(_ document: AnalyzedDocument, at index: Int) { slots[index] = document }

  /// All results, in index order (call after every worker finished).
  func take() -> [AnalyzedDocument] { slots.map { $0! } }
}
