import Foundation

/// Sorts more records than memory should hold: records are buffered up to a byte budget, each
/// full buffer is sorted and written to a run file, and the runs are merged when read back.
///
/// Order is by `SpillRecord.primary`, then `secondary`, as bytes; records with equal keys come
/// in the order they were added (earlier runs first), so the result is deterministic. Run files
/// live in `directory` (the run's staging folder) and are removed by `removeRuns()`.
final class ExternalSorter: @unchecked Sendable {
  // @unchecked: the writer thread adds records; readers only start after the last `add`, and
  // each `forEachInOrder` opens readers of its own.

  /// The most runs kept at once: past it they are merged into one, so a merge never opens
  /// more files than this.
  static let fanIn = 32

  /// Where the run files go.
  private let directory: URL
  /// The file name prefix of this sorter's runs.
  private let name: String
  /// The bytes of records buffered before a run is written.
  private let budget: Int
  /// Records not yet written to a run, in the order added.
  private var buffer: [SpillRecord] = []
  private var bufferedBytes = 0
  /// The run files written so far, oldest first.
  private(set) var runPaths: [String] = []
  /// How many merged runs were written, for their names.
  private var mergedRuns = 0

  /// A sorter writing runs named `<name>-<n>` into `directory` whenever `budget` bytes of
  /// records are buffered.
  init(directory: URL, name: String, budget: Int) {
    self.directory = directory
    self.name = name
    self.budget = budget
  }

  /// Whether any run has been written (else every record is still in memory).
  var hasRuns: Bool { !runPaths.isEmpty }

  /// Adds a record; writes a run when the buffer is full.
  /// - Complexity: O(1) amortized, plus O(b log b) for a run of b records.
  func add(_ record: SpillRecord) throws(OutputError) {
    buffer.append(record)
    bufferedBytes += record.size
    if bufferedBytes >= budget { try writeRun() }
  }

  /// Writes the buffered records as a sorted run.
  /// - Complexity: O(b log b) for b buffered records.
  func writeRun() throws(OutputError) {
    guard !buffer.isEmpty else { return }
    let path = directory.appendingPathComponent(String(format: "%@-%06d", name, runPaths.count))
      .path
    let file = try OutputFile(path: path, startsWriteback: false)
    for record in sortedBuffer() {
      Self.append(record, to: file)
      try file.flushIfFull()
    }
    try file.close()
    runPaths.append(path)
    buffer.removeAll()
    bufferedBytes = 0
    if runPaths.count >= Self.fanIn { try mergeRuns() }
  }

  /// Merges every run into one new run (ties keep their order: the merged runs are the oldest).
  /// - Complexity: O(n · r) for n records in r runs.
  private func mergeRuns() throws(OutputError) {
    let path = directory.appendingPathComponent(
      String(format: "%@-merged-%06d", name, mergedRuns)
    ).path
    mergedRuns += 1
    let file = try OutputFile(path: path, startsWriteback: false)
    try merge(runPaths, includingBuffer: false) { record throws(OutputError) in
      Self.append(record, to: file)
      try file.flushIfFull()
    }
    try file.close()
    try removeRuns()
    runPaths = [path]
  }

  /// Calls `body` with every record in order: the runs and the buffer merged.
  /// - Complexity: O(n · r) for n records in r runs (r is small: one per budget's worth).
  func forEachInOrder(_ body: (SpillRecord) throws(OutputError) -> Void) throws(OutputError) {
    try merge(runPaths, includingBuffer: true, body)
  }

  /// Calls `body` with the records of `paths` (and of the buffer) merged in order.
  private func merge(
    _ paths: [String], includingBuffer: Bool, _ body: (SpillRecord) throws(OutputError) -> Void
  ) throws(OutputError) {
    let readers = try paths.map { path throws(OutputError) in try SpillRunReader(path: path) }
    let memory = includingBuffer ? sortedBuffer() : []
    var memoryIndex = 0
    var heads: [SpillRecord?] = []
    for reader in readers { heads.append(try reader.next()) }
    while true {
      // The least head; ties go to the earliest run, and the buffer is the latest.
      var best: Int?
      for index in heads.indices {
        guard let head = heads[index] else { continue }
        if let chosen = best, let current = heads[chosen], !head.precedes(current) { continue }
        best = index
      }
      if memoryIndex < memory.count {
        let candidate = memory[memoryIndex]
        if best == nil || candidate.precedes(heads[best!]!) {
          try body(candidate)
          memoryIndex += 1
          continue
        }
      }
      guard let chosen = best, let record = heads[chosen] else { return }
      try body(record)
      heads[chosen] = try readers[chosen].next()
    }
  }

  /// Deletes the run files.
  func removeRuns() throws(OutputError) {
    for path in runPaths where unlink(path) != 0 && errno != ENOENT {
      throw OutputError(.remove, path: path)
    }
    runPaths.removeAll()
  }

  /// Appends one record to a run file's buffer: each field as a 4-byte length and its bytes.
  private static func append(_ record: SpillRecord, to file: OutputFile) {
    for field in [record.primary, record.secondary, record.value] {
      let length = UInt32(field.count)
      for shift in 0..<4 { file.buffer.append(UInt8(truncatingIfNeeded: length >> (8 * shift))) }
      file.buffer.append(field)
    }
  }

  /// The buffer sorted by keys, equal keys in the order added.
  private func sortedBuffer() -> [SpillRecord] {
    let records = buffer
    var order = Array(records.indices)
    order.sort { a, b in
      if records[a].precedes(records[b]) { return true }
      if records[b].precedes(records[a]) { return false }
      return a < b
    }
    return order.map { records[$0] }
  }
}
