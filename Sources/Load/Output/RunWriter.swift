import Extract
import Foundation
import Transform

/// Writes one run's tables: streams `documents`, `mentions` and `dates` document by document,
/// then `entities`, `variants` and `datapackage.json`, and publishes them all at once.
///
/// The tables live in `OUTPUT/tables/`, swapped in atomically by `StagedOutput`; `OUTPUT` also
/// gets a symbolic link per file (`OUTPUT/documents.csv` → `tables/documents.csv`), so scripts
/// can read `OUTPUT/documents.csv` and always see one complete run.
package final class RunWriter {
  private let staged: StagedOutput
  private let options: CSVOptions
  private let version: String
  private let documents: TableWriter
  private let mentions: TableWriter
  private let dates: TableWriter
  private let cache: AnalysisCacheWriter
  private var statistics: EntityStatistics
  /// The entities whose counts are kept in memory before they are written to a sorted run.
  package static let defaultEntityMemoryLimit = 1 << 16
  /// Formats documents for `append(_:)` the way this writer's tables are written.
  package let formatter: DocumentFormatter
  /// Counts of documents per status.
  package private(set) var statusCounts: [String: Int] = [:]

  /// Opens the staging folder and the streamed tables; the counts for `entities` and
  /// `variants` spill to sorted runs in the staging folder past `entityMemoryLimit` entities.
  package init(
    outputDirectory: String, csvOptions: CSVOptions, version: String, configurationHash: String,
    entityMemoryLimit: Int = RunWriter.defaultEntityMemoryLimit
  ) throws(OutputError) {
    staged = try StagedOutput(outputDirectory: URL(fileURLWithPath: outputDirectory))
    statistics = EntityStatistics(
      spillDirectory: staged.stagingDirectory, memoryLimit: entityMemoryLimit)
    options = csvOptions
    formatter = DocumentFormatter(options: csvOptions)
    self.version = version
    let directory = staged.stagingDirectory
    documents = try TableWriter(
      schema: OutputSchemas.documents, directory: directory, options: csvOptions)
    mentions = try TableWriter(
      schema: OutputSchemas.mentions, directory: directory, options: csvOptions)
    dates = try TableWriter(schema: OutputSchemas.dates, directory: directory, options: csvOptions)
    cache = try AnalysisCacheWriter(directory: directory, configurationHash: configurationHash)
  }

  /// Where the published analysis cache of an output folder is.
  package static func cachePath(outputDirectory: String) -> String {
    outputDirectory + "/tables/" + AnalysisCache.fileName
  }

  /// Appends one document's rows; call in path order.
  /// - Complexity: O(size of the document's rows).
  package func append(_ document: AnalyzedDocument) throws(OutputError) {
    try append(formatter.format(document))
  }

  /// Appends one document's rows, formatted beforehand by `formatter` (on any thread); call in
  /// path order. Only copies bytes and adds up counts.
  /// - Complexity: O(size of the document's output).
  package func append(_ document: FormattedDocument) throws(OutputError) {
    try document.withBytes(of: .documentsCSV) { (csv) throws(OutputError) in
      try document.withBytes(of: .documentsJSONL) { (jsonl) throws(OutputError) in
        try documents.appendFormatted(csv: csv, jsonl: jsonl, rows: 1)
      }
    }
    try document.withBytes(of: .mentionsCSV) { (csv) throws(OutputError) in
      try document.withBytes(of: .mentionsJSONL) { (jsonl) throws(OutputError) in
        try mentions.appendFormatted(csv: csv, jsonl: jsonl, rows: document.mentionRows)
      }
    }
    try document.withBytes(of: .datesCSV) { (csv) throws(OutputError) in
      try document.withBytes(of: .datesJSONL) { (jsonl) throws(OutputError) in
        try dates.appendFormatted(csv: csv, jsonl: jsonl, rows: document.dateRows)
      }
    }
    if document.status == .ok {
      try document.withBytes(of: .cacheEntry) { (entry) throws(OutputError) in
        try cache.append(entry: entry)
      }
    }
    try statistics.add(document.tally)
    statusCounts[document.status.rawValue, default: 0] += 1
  }

  /// Writes the aggregated tables and the descriptor, then publishes the run; `threads` 1
  /// builds the two aggregated tables one after the other on the calling thread (flushing files
  /// to disk still waits on threads of its own).
  /// - Returns: the row counts per table.
  package func commit(gazetteer: Gazetteer, threads: Int = 2) throws(OutputError) -> [TableStats] {
    var stats = [try documents.finish(), try mentions.finish(), try dates.finish()]
    try cache.finish()
    // The streamed files are complete: flush them to disk while the aggregated tables are built.
    let streamedSync = BackgroundSync(
      paths: documents.paths + mentions.paths + dates.paths + [cache.path])
    let directory = staged.stagingDirectory
    try statistics.finishAdding()
    let statistics = statistics
    let options = options
    // The two aggregated tables are independent: build and write them on two cores (on one
    // when the run may use only one thread).
    let aggregated = ParallelPair(
      concurrently: threads != 1,
      { () throws(OutputError) -> TableStats in
        let entities = try TableWriter(
          schema: OutputSchemas.entities, directory: directory, options: options)
        try statistics.writeEntityRows(gazetteer: gazetteer, to: entities)
        return try entities.finish()
      },
      { () throws(OutputError) -> TableStats in
        let variants = try TableWriter(
          schema: OutputSchemas.variants, directory: directory, options: options)
        try statistics.writeVariantRows(to: variants)
        return try variants.finish()
      })
    stats.append(try aggregated.first.get())
    stats.append(try aggregated.second.get())
    try statistics.removeSpillFiles()
    try streamedSync.wait()
    let package = DataPackage(
      title: "pipeline output: entities and dates in German news", version: version,
      tables: OutputSchemas.all, csvOptions: options)
    try package.write(to: directory)
    try staged.commit()
    try linkTables()
    return stats
  }

  /// Discards the run's files; the previous tables stay as they were.
  package func abort() { staged.abort() }

  /// Creates `OUTPUT/<file>` → `tables/<file>` links where missing.
  private func linkTables() throws(OutputError) {
    let output = staged.outputDirectory.path
    var names = [DataPackage.fileName]
    for schema in OutputSchemas.all { names += [schema.name + ".csv", schema.name + ".jsonl"] }
    for name in names {
      let link = output + "/" + name
      let target = staged.tablesDirectory.lastPathComponent + "/" + name
      if let existing = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
        existing == target
      {
        continue
      }
      unlink(link)
      guard symlink(target, link) == 0 else { throw OutputError(.rename, path: link) }
    }
  }
}
