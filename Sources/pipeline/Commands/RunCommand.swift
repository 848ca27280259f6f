import Extract
import Foundation
import Load
import Transform

/// `pipeline run`: the main job, from a folder of articles to the output tables.
enum RunCommand {
  /// The declaration the parser and `--help` are generated from.
  static let spec = CommandSpec(
    name: "run",
    abstract: "Tag a folder of German news articles and write the tables.",
    discussion: """
      Reads every *.txt under the input folder (recursively), tags persons, organizations,
      places and dates, and writes documents, mentions, entities, dates and variants as CSV and
      JSONL plus datapackage.json into the output folder. Defaults come from CONFIG/pipeline.json.
      """,
    options: [
      .option("input", "DIR", "Folder of .txt articles (default: pipeline.json input)."),
      .option("output", "DIR", "Folder for the tables (default: pipeline.json output)."),
      .option(
        "config", "DIR",
        "Config folder with pipeline.json, gazetteer/ and lexicon/ (default: ./config)."),
      .option("metadata", "FILE", "Metadata CSV (default: INPUT/metadata.csv if it exists)."),
      .option(
        "reference-date", "YYYY-MM-DD", "Document date for articles that have none of their own."),
      .option("threads", "N", "Worker threads (default: one per core)."),
      .flag("full", "Tag every file again instead of reusing unchanged results from the last run."),
      .flag("quiet", "No progress or summary on standard error."),
    ])

  /// Runs the command; returns the exit code.
  static func run(_ arguments: ParsedArguments, program: String) throws(CommandFailure) -> ExitCode
  {
    let started = Date()
    let configDirectory = arguments.values["config"] ?? "config"
    var settings = try PipelineSettings.load(configDirectory: configDirectory)
    if let input = arguments.values["input"] { settings.input = input }
    if let output = arguments.values["output"] { settings.output = output }
    if let metadata = arguments.values["metadata"] { settings.metadata = metadata }
    if let date = arguments.values["reference-date"] { settings.referenceDate = date }
    if let threads = arguments.values["threads"] {
      guard let count = Int(threads), count >= 0 else {
        throw .usage("--threads needs a whole number, got '\(threads)'", command: "\(program) run")
      }
      settings.threads = count
    }
    var referenceDate: CalendarDay?
    if let text = settings.referenceDate {
      guard let day = CalendarDay(iso: text) else {
        throw .usage(
          "--reference-date needs a day as YYYY-MM-DD, got '\(text)'", command: "\(program) run")
      }
      referenceDate = day
    }
    let quiet = arguments.flags.contains("quiet")
    let showsProgress = !quiet && isatty(2) != 0

    let scan = BackgroundScan(root: settings.input)
    let resources: TransformResources
    do {
      resources = try TransformResources.load(configDirectory: configDirectory)
    } catch {
      throw CommandFailure(code: .dataError, message: error.description)
    }
    let full = arguments.flags.contains("full")
    let cachePath = RunWriter.cachePath(outputDirectory: settings.output)
    let analyzer = LazyAnalyzer(resources: resources, referenceDate: referenceDate)
    let buildsEarly = full || !FileManager.default.fileExists(atPath: cachePath)
    if buildsEarly { analyzer.startBuilding() }
    let listing: CorpusListing
    do {
      listing = try scan.listing()
    } catch {
      throw CommandFailure(
        code: .noInput, message: "\(error.description); pass --input DIR with your articles")
    }
    let metadata = try loadMetadata(settings)
    let lock = try OutputLock(outputDirectory: settings.output)

    let threads =
      settings.threads == 0 ? ProcessInfo.processInfo.activeProcessorCount : settings.threads
    let progress = !showsProgress ? nil : ProgressLine(total: listing.files.count, started: started)
    var report: (@Sendable (Int, Int) -> Void)?
    if let progress {
      report = { files, bytes in progress.update(files: files, bytes: bytes) }
    }
    let configurationHash = ConfigurationHash.compute(
      configDirectory: configDirectory,
      settings: [
        "reference_date=\(settings.referenceDate ?? "")", "max_file_bytes=\(settings.maxFileBytes)",
      ])
    let cache =
      full ? nil : AnalysisCacheReader(path: cachePath, configurationHash: configurationHash)
    if cache == nil && !buildsEarly { analyzer.startBuilding() }
    let corpusRun = CorpusRun(
      reader: DocumentReader(maxFileBytes: settings.maxFileBytes), analyzer: analyzer,
      metadata: metadata,
      cache: cache, threads: threads, progress: report)
    let stats: [TableStats]
    let statusCounts: [String: Int]
    let reused: Int
    do throws(OutputError) {
      (stats, statusCounts, reused) = try write(
        listing.files, with: corpusRun, settings: settings, gazetteer: resources.gazetteer,
        configurationHash: configurationHash)
    } catch {
      let code: ExitCode = error.operation == .createDirectory ? .cannotCreateOutput : .ioError
      throw CommandFailure(code: code, message: failureMessage(error))
    }
    progress?.finish()
    let warnings = listing.findings + metadata.findings
    BackgroundRelease.release(
      (consume corpusRun, consume analyzer, consume cache, consume resources, consume listing))
    let manifest = RunManifest(
      version: PipelineVersion.current, input: settings.input, output: settings.output,
      started: started, finished: Date(), threads: threads, statusCounts: statusCounts,
      reused: reused,
      configurationHash: configurationHash, tables: stats, warnings: warnings)
    manifest.write(to: settings.output)
    withExtendedLifetime(lock) {}
    if !quiet {
      FileHandleOutput.standardError(manifest.summaryLine())
      for warning in warnings.prefix(20) { FileHandleOutput.standardError("warning: \(warning)") }
    }
    return .success
  }

  /// The message for a failure to write the tables: which call failed, and what became of the
  /// tables.
  static func failureMessage(_ error: OutputError) -> String {
    error.description
      + (error.published
        ? "; the new tables are published, but a crash of the system may bring back the previous ones"
        : "; the previous tables are unchanged")
  }

  /// Runs the corpus into a new set of tables and publishes them, or discards them on failure.
  private static func write(
    _ files: [DiscoveredFile], with corpusRun: CorpusRun, settings: PipelineSettings,
    gazetteer: Gazetteer,
    configurationHash: String
  ) throws(OutputError) -> ([TableStats], [String: Int], Int) {
    let writer = try RunWriter(
      outputDirectory: settings.output,
      csvOptions: CSVOptions(writesByteOrderMark: settings.csvBOM),
      version: PipelineVersion.current, configurationHash: configurationHash,
      entityMemoryLimit: settings.entityMemoryLimit)
    do {
      let reused = try corpusRun.process(files, into: writer)
      let stats = try writer.commit(gazetteer: gazetteer, threads: corpusRun.threads)
      let statusCounts = writer.statusCounts
      BackgroundRelease.release(consume writer)
      return (stats, statusCounts, reused)
    } catch {
      writer.abort()
      throw error
    }
  }

  private static func loadMetadata(_ settings: PipelineSettings) throws(CommandFailure)
    -> MetadataTable
  {
    let explicit = settings.metadata
    let path = explicit ?? settings.input + "/metadata.csv"
    guard let data = FileManager.default.contents(atPath: path) else {
      if explicit != nil {
        throw CommandFailure(
          code: .noInput, message: "cannot read metadata file \(path); check --metadata")
      }
      return MetadataTable()
    }
    do {
      return try MetadataTable(bytes: [UInt8](data), name: path)
    } catch {
      throw CommandFailure(code: .dataError, message: error.description)
    }
  }
}
