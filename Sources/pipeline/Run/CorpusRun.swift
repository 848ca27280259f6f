import Dispatch
import Extract
import Load
import Synchronization
import Transform

/// Reads, analyzes and formats the corpus in parallel and hands the results to the writer in
/// path order.
///
/// Files go in batches, each made ready while the batch before is worked on (`BatchReadAhead`:
/// its files opened, so that disk reads of an evicted corpus overlap the analysis, and its
/// entries read from the analysis cache). Every core reads files of the batch one at a time and
/// tags each (or decodes it from its cache entry) and formats it. The formatted batch then goes
/// to the writer's own thread, which appends it while the cores work on the next batch. Memory
/// holds at most two batches, and the tables never depend on scheduling.
struct CorpusRun {
  /// Turns files into source documents.
  let reader: DocumentReader
  /// Tags documents (built when the first document needs tagging).
  let analyzer: LazyAnalyzer
  /// Metadata per relative path.
  let metadata: MetadataTable
  /// The previous run's analyses, or `nil` for a full run.
  let cache: AnalysisCacheReader?
  /// Worker threads; 1 runs everything on the calling thread.
  let threads: Int
  /// Called after each batch with the files and bytes done so far.
  let progress: (@Sendable (_ files: Int, _ bytes: Int) -> Void)?

  /// How many files a batch holds per thread. The workers wait for each other at the end of
  /// every batch: 64 rather than 32 halves those waits (a two-thread run over the 10,000 bench
  /// articles idled 0.14 instead of 0.17 core-seconds) for about 3 MB more memory.
  private static let filesPerThread = 64
  /// How many bytes of input (as listed) a batch holds per thread: a batch and its formatted
  /// rows (about ten times the input) stay in memory until written.
  private static let bytesPerThread = 8 << 20

  /// Processes `files` into `writer`; returns how many documents came from the cache.
  /// - Complexity: O(total bytes).
  func process(_ files: [DiscoveredFile], into writer: RunWriter) throws(OutputError) -> Int {
    let workers = max(threads, 1)
    let output = BatchWriteQueue(writer: writer, overlapsWrites: threads > 1)
    let formatter = writer.formatter
    let progress = progress
    var done = 0
    var bytes = 0
    var reused = 0
    let batches = Self.batches(
      files, maxFiles: workers * Self.filesPerThread, maxBytes: workers * Self.bytesPerThread)
    let readAhead = BatchReadAhead(maxFileBytes: reader.maxFileBytes, cache: cache)
    if let first = batches.first { readAhead.start(Array(files[first])) }
    do throws(OutputError) {
      for (number, range) in batches.enumerated() {
        let batch = Array(files[range])
        let ready = readAhead.take()
        if number + 1 < batches.count { readAhead.start(Array(files[batches[number + 1]])) }
        let (results, cached) = prepare(batch, ready: ready, formatter: formatter)
        reused += cached
        done += batch.count
        bytes += results.reduce(0) { $0 + $1.sourceByteCount }
        let (filesDone, bytesDone) = (done, bytes)
        try output.submit(results) { progress?(filesDone, bytesDone) }
      }
    } catch {
      // No file of the next batch stays open behind the error.
      readAhead.cancel()
      throw error
    }
    try output.finish()
    return reused
  }

  /// The batches `files` go in, in order: runs of at most `maxFiles` files and at most
  /// `maxBytes` bytes by the listed sizes, except that a file larger than that makes a batch of
  /// its own.
  /// - Complexity: O(n) in the number of files.
  static func batches(_ files: [DiscoveredFile], maxFiles: Int, maxBytes: Int) -> [Range<Int>] {
    var batches: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (index, file) in files.enumerated() {
      if index > start, index - start >= maxFiles || bytes + file.byteCount > maxBytes {
        batches.append(start..<index)
        start = index
        bytes = 0
      }
      bytes += file.byteCount
    }
    if start < files.count { batches.append(start..<files.count) }
    return batches
  }

  /// The formatted documents of one batch, in the batch's order, and how many came from the cache;
  /// files are read through their descriptors in `ready` where it has them, and a file whose
  /// cache entry was made from the same bytes and publication date is decoded from it.
  private func prepare(
    _ batch: [DiscoveredFile], ready: BatchReadAhead.Batch, formatter: DocumentFormatter
  ) -> ([FormattedDocument], Int) {
    let reader = reader
    let metadata = metadata
    let analyzer = analyzer
    let results = parallelMap(Array(batch.indices)) { index in
      let source = reader.read(
        batch[index], metadata: metadata.rows[batch[index].relativePath],
        opened: ready.files.descriptor(at: index))
      let payload = ready.cached.isEmpty ? nil : ready.cached[index]?.payload(for: source)
      return Self.formatted(source, payload: payload, analyzer: analyzer, formatter: formatter)
    }
    return (results.map(\.document), results.count { $0.isCached })
  }

  /// The output of one read file: tagged afresh, or decoded from its cache `payload` when that
  /// decodes, or untagged when Extract skipped or failed it.
  private static func formatted(
    _ source: SourceDocument, payload: [UInt8]?, analyzer: LazyAnalyzer,
    formatter: DocumentFormatter
  ) -> (document: FormattedDocument, isCached: Bool) {
    guard source.status == .ok else {
      return (formatter.format(AnalyzedDocument(untagged: source)), false)
    }
    if let payload, let document = AnalysisCacheReader.decode(payload, source: source) {
      return (formatter.format(document, cachePayload: payload), true)
    }
    return (formatter.format(analyzer.analyzer.analyze(source)), false)
  }

  /// `items.map(transform)`, spread over at most `threads` workers (and the cores), each taking
  /// the next item as it finishes one, so a long document does not hold up a fixed share.
  private func parallelMap<Input: Sendable, Output: Sendable>(
    _ items: [Input], _ transform: @escaping @Sendable (Input) -> Output
  ) -> [Output] {
    if threads <= 1 || items.count <= 1 { return items.map(transform) }
    let slots = ResultSlots<Output>(count: items.count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < items.count else { return }
        slots.store(transform(items[index]), at: index)
      }
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
