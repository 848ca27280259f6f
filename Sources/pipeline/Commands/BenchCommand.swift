import Foundation
import Transform

/// `pipeline bench`: generates a corpus from the sample articles, runs the whole pipeline on it
/// and reports MB/s, documents/s and peak memory. Build in release mode for real numbers.
enum BenchCommand {
  /// The declaration the parser and `--help` are generated from.
  static let spec = CommandSpec(
    name: "bench",
    abstract: "Measure end-to-end speed and peak memory on a generated corpus.",
    discussion: """
      Writes ARTICLES articles of about 3 KB into WORK/corpus, each assembled from the sentences,
      headlines and photo lines of the sample articles (the --samples folder, and
      testdata/heldout next to the config folder when --samples is not given) in its own order,
      with invented persons and shifted years, days, months and numbers, so that the vocabulary
      grows with the corpus as in real news; about one in six is in Windows-1252 (see
      BenchCorpus; the same count always gives the same bytes). It then starts
      `pipeline run --full` on them into WORK/output, as a process of its own as a scheduler
      would, with all tables written and the articles in memory (they are read just before),
      runs again on the unchanged corpus (the incremental case), and then in full once more
      after dropping the articles from the page cache, so that they come from disk, as a
      nightly run finds a corpus the system evicted since (Linux only; elsewhere that run is
      left out). Each time is that of the process from its start to its exit. It prints one
      line of measurements; with --rounds N it makes those three runs N times and prints each
      one's median, with its best and slowest round (a shared machine's load only adds time,
      so the median is the typical run and the best the closest to what the program itself
      needs). Peak memory is the largest resident set size of the runs over the articles in
      memory.
      Use `swift run -c release pipeline bench`.
      """,
    options: [
      .option("articles", "N", "Number of articles to generate (default 10000)."),
      .option(
        "work", "DIR", "Scratch folder (default: a new folder under /tmp); reused if it exists."),
      .option("config", "DIR", "Config folder (default: ./config)."),
      .option("samples", "DIR", "Folder of articles to build from (default: pipeline.json input)."),
      .option("threads", "N", "Worker threads (default: one per core)."),
      .option(
        "rounds", "N",
        "Measure N times, each round all three runs (default 1); prints medians and ranges."),
    ])

  /// Runs the benchmark; returns the exit code.
  static func run(_ arguments: ParsedArguments, program: String) throws(CommandFailure) -> ExitCode
  {
    let count = Int(arguments.values["articles"] ?? "10000") ?? -1
    guard count > 0 else {
      throw .usage("--articles needs a positive whole number", command: "\(program) bench")
    }
    let rounds = Int(arguments.values["rounds"] ?? "1") ?? -1
    guard rounds > 0 else {
      throw .usage("--rounds needs a positive whole number", command: "\(program) bench")
    }
    let configDirectory = arguments.values["config"] ?? "config"
    let settings = try PipelineSettings.load(configDirectory: configDirectory)
    let work = arguments.values["work"] ?? NSTemporaryDirectory() + "pipeline-bench-\(count)"
    let corpus = work + "/corpus"
    let generator = try makeCorpus(
      configDirectory: configDirectory, samples: arguments.values["samples"], settings: settings)
    let bytes = try generator.write(count: count, into: corpus)
    var runArguments = [
      "run", "--input", corpus, "--output", work + "/output", "--config", configDirectory,
      "--quiet",
    ]
    if let threads = arguments.values["threads"] { runArguments += ["--threads", threads] }
    // Checked here, so that a bad value is a usage error of this command, not of a child's.
    _ = try ParsedArguments.parse(
      Array(runArguments.dropFirst()), spec: RunCommand.spec, program: program)
    let articles = (0..<count).map { BenchCorpus.path(ofArticle: $0, in: corpus) }
    var report = BenchReport(articles: count, bytes: bytes)
    for _ in 0..<rounds {
      PageCache.load(articles)
      let full = try ChildRun.run(runArguments + ["--full"])
      let unchanged = try ChildRun.run(runArguments)
      report.full.add(full.seconds)
      report.unchanged.add(unchanged.seconds)
      report.peakBytes = max(report.peakBytes, full.peakBytes, unchanged.peakBytes)
      if PageCache.evict(articles) {
        report.fromDisk.add(try ChildRun.run(runArguments + ["--full"]).seconds)
      }
    }
    let (dateSeconds, dateBytes) = timeDateTagger(corpus: corpus, count: count)
    report.dateTaggerMBPerSecond = Double(dateBytes) / 1_048_576 / dateSeconds
    report.cores = ProcessInfo.processInfo.activeProcessorCount
    FileHandleOutput.standardOutput(report.line + "\n")
    return .success
  }

  /// Seconds the date tagger alone takes over the first (at most 2,000) generated articles on one
  /// core, with the files already in memory, and the bytes it tagged.
  private static func timeDateTagger(corpus: String, count: Int) -> (Double, Int) {
    var texts: [[UInt8]] = []
    for index in 0..<min(count, 2000) {
      if let data = FileManager.default.contents(
        atPath: BenchCorpus.path(ofArticle: index, in: corpus))
      {
        texts.append([UInt8](data))
      }
    }
    let tagger = DateTagger()
    let reference = CalendarDay(iso: "2024-06-01")
    let started = Date()
    var found = 0
    for text in texts { found += tagger.tag(text, documentDate: reference).count }
    let seconds = max(Date().timeIntervalSince(started), 0.000_001)
    return (found >= 0 ? seconds : 0, texts.reduce(0) { $0 + $1.count })
  }

  /// The corpus generator over the `.txt` files of `samples` (default: the configured input and
  /// `testdata/heldout` next to the config folder), with the lexicon's given names and
  /// abbreviations.
  private static func makeCorpus(
    configDirectory: String, samples: String?, settings: PipelineSettings
  ) throws(CommandFailure) -> BenchCorpus {
    var folders = [samples ?? settings.input]
    if samples == nil {
      let root = URL(fileURLWithPath: configDirectory).standardizedFileURL
        .deletingLastPathComponent().path
      folders.append(root + "/testdata/heldout")
    }
    let manager = FileManager.default
    var texts: [[UInt8]] = []
    for folder in folders {
      let names = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter {
        $0.hasSuffix(".txt")
      }.sorted()
      texts += names.compactMap { manager.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
    }
    let lexicon = configDirectory + "/lexicon/"
    let givenNames: [String]
    let abbreviations: [String]
    do {
      givenNames = try WordList.load(lexicon + "given_names.txt")
      abbreviations = try WordList.load(lexicon + "abbreviations.txt")
    } catch {
      throw CommandFailure(code: .dataError, message: error.description)
    }
    let corpus = BenchCorpus(samples: texts, givenNames: givenNames, abbreviations: abbreviations)
    guard corpus.isUsable else {
      throw CommandFailure(
        code: .noInput,
        message: "no .txt articles in \(folders[0]) to build a corpus from; pass --samples DIR")
    }
    return corpus
  }
}
