import Dispatch
import Extract
import Load
import Transform

/// Reads and analyzes the corpus in parallel and hands the results to the writer in path order.
///
/// Files go in batches: every core reads files of the batch one at a time, the analysis cache
/// is consulted in path order, every core tags the files the cache did not have, and the batch
/// is written in order before the next starts. Memory holds at most one batch of documents, and
/// the tables never depend on scheduling.
struct CorpusRun {
  /// Turns files into source documents.
  let reader: DocumentReader
  /// Tags documents.
  let analyzer: DocumentAnalyzer
  /// Metadata per relative path.
  let metadata: MetadataTable
  /// The previous run's analyses, or `nil` for a full run.
  let cache: AnalysisCacheReader?
  /// Worker threads; 1 runs everything on the calling thread.
  let threads: Int
  /// Called after each batch with the files and bytes done so far.
  let progress: (@Sendable (_ files: Int, _ bytes: Int) -> Void)?

  /// How many files a batch holds per thread.
  private static let filesPerThread = 32

  /// Processes `files` into `writer`; returns how many documents came from the cache.
  /// - Complexity: O(total bytes).
  func process(_ files: [DiscoveredFile], into writer: RunWriter) throws(OutputError) -> Int {
    let batchSize = max(threads, 1) * Self.filesPerThread
    var done = 0
    var bytes = 0
    var reused = 0
    var start = 0
    while start < files.count {
      let batch = Array(files[start..<min(start + batchSize, files.count)])
      let (results, cached) = analyze(batch)
      reused += cached
      for document in results {
        try writer.append(document)
        bytes += document.source.byteCount
      }
      done += batch.count
      progress?(done, bytes)
      start += batchSize
    }
    return reused
  }

  /// The analyzed documents of one batch, in the batch's order, and how many came from the cache.
  private func analyze(_ batch: [DiscoveredFile]) -> ([AnalyzedDocument], Int) {
    let reader = reader, metadata = metadata, analyzer = analyzer
    let sources = parallelMap(batch) { file in reader.read(file, metadata: metadata.rows[file.relativePath]) }
    var results: [AnalyzedDocument?] = sources.map { source in
      source.status == .ok ? cache?.lookup(source) : AnalyzedDocument(untagged: source)
    }
    let cached = zip(sources, results).filter { $0.status == .ok && $1 != nil }.count
    let misses = results.indices.filter { results[$0] == nil }
    let fresh = parallelMap(misses.map { sources[$0] }) { analyzer.analyze($0) }
    for (index, document) in zip(misses, fresh) { results[index] = document }
    return (results.map { $0! }, cached)
  }

  /// `items.map(transform)`, spread over the cores when there are threads to use.
  private func parallelMap<Input: Sendable, Output: Sendable>(
    _ items: [Input], _ transform: @escaping @Sendable (Input) -> Output
  ) -> [Output] {
    if threads <= 1 || items.count <= 1 { return items.map(transform) }
    let slots = ResultSlots<Output>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      slots.store(transform(items[index]), at: index)
    }
    return slots.take()
  }
}

/// Fixed slots that parallel workers fill, each index written by exactly one worker.
private final class ResultSlots<Value>: @unchecked Sendable {
  private var slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Stores the result for `index`; distinct indices may be stored concurrently.
  func store(_ value: Value, at index: Int) { slots[index] = value }

  /// All results, in index order (call after every worker finished).
  func take() -> [Value] { slots.map { $0! } }
}
