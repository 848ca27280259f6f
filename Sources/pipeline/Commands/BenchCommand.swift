import Foundation
import Transform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `pipeline bench`: generates a corpus from the sample articles, runs the whole pipeline on it
/// and reports MB/s, documents/s and peak memory. Build in release mode for real numbers.
enum BenchCommand {
  /// The declaration the parser and `--help` are generated from.
  static let spec = CommandSpec(
    name: "bench",
    abstract: "Measure end-to-end speed and peak memory on a generated corpus.",
    discussion: """
      Writes ARTICLES articles (copies of the sample articles under distinct paths, each with a
      numbered first line, about 3 KB each) into WORK/corpus, runs `pipeline run --full` on them
      into WORK/output with all tables written, then runs again on the unchanged corpus (the
      incremental case), and prints one line of measurements. Peak memory is the process's
      maximum resident set size. Use `swift run -c release pipeline bench`.
      """,
    options: [
      .option("articles", "N", "Number of articles to generate (default 10000)."),
      .option("work", "DIR", "Scratch folder (default: a new folder under /tmp); reused if it exists."),
      .option("config", "DIR", "Config folder (default: ./config)."),
      .option("samples", "DIR", "Folder of articles to copy from (default: pipeline.json input)."),
      .option("threads", "N", "Worker threads (default: one per core)."),
    ])

  /// Runs the benchmark; returns the exit code.
  static func run(_ arguments: ParsedArguments, program: String) throws(CommandFailure) -> ExitCode {
    let count = Int(arguments.values["articles"] ?? "10000") ?? -1
    guard count > 0 else { throw .usage("--articles needs a positive whole number", command: "\(program) bench") }
    let configDirectory = arguments.values["config"] ?? "config"
    let settings = try PipelineSettings.load(configDirectory: configDirectory)
    let work = arguments.values["work"] ?? NSTemporaryDirectory() + "pipeline-bench-\(count)"
    let corpus = work + "/corpus"
    let bytes = try generateCorpus(count: count, from: arguments.values["samples"] ?? settings.input, into: corpus)
    var runArguments = ["--input", corpus, "--output", work + "/output", "--config", configDirectory, "--quiet"]
    if let threads = arguments.values["threads"] { runArguments += ["--threads", threads] }
    let full = try ParsedArguments.parse(runArguments + ["--full"], spec: RunCommand.spec, program: program)
    var started = Date()
    _ = try RunCommand.run(full, program: program)
    let seconds = Date().timeIntervalSince(started)
    let incremental = try ParsedArguments.parse(runArguments, spec: RunCommand.spec, program: program)
    started = Date()
    _ = try RunCommand.run(incremental, program: program)
    let unchanged = Date().timeIntervalSince(started)
    let (dateSeconds, dateBytes) = timeDateTagger(corpus: corpus, count: count)
    var usage = rusage()
    getrusage(RUSAGE_SELF_VALUE, &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024
    let megabytes = Double(bytes) / 1_048_576
    let line = String(
      format: "bench: %d articles, %.1f MB: full run %.2f s = %.1f MB/s, %.0f documents/s; "
        + "second run (unchanged, all tables rewritten) %.2f s; date tagger alone %.1f MB/s on one core; "
        + "peak memory %.0f MB; %d cores",
      count, megabytes, seconds, megabytes / seconds, Double(count) / seconds, unchanged,
      Double(dateBytes) / 1_048_576 / dateSeconds, peakMB, ProcessInfo.processInfo.activeProcessorCount)
    FileHandleOutput.standardOutput(line + "\n")
    return .success
  }

  /// Seconds the date tagger alone takes over the first (at most 2,000) generated articles on one
  /// core, with the files already in memory, and the bytes it tagged.
  private static func timeDateTagger(corpus: String, count: Int) -> (Double, Int) {
    var texts: [[UInt8]] = []
    for index in 0..<min(count, 2000) {
      let path = String(format: "%@/%03d/article-%06d.txt", corpus, index / 1000, index)
      if let data = FileManager.default.contents(atPath: path) { texts.append([UInt8](data)) }
    }
    let tagger = DateTagger()
    let reference = CalendarDay(iso: "2024-06-01")
    let started = Date()
    var found = 0
    for text in texts { found += tagger.tag(text, documentDate: reference).count }
    let seconds = max(Date().timeIntervalSince(started), 0.000_001)
    return (found >= 0 ? seconds : 0, texts.reduce(0) { $0 + $1.count })
  }

  /// Writes the generated corpus (unless it is already there) and returns its size in bytes.
  private static func generateCorpus(count: Int, from samples: String, into corpus: String) throws(CommandFailure) -> Int {
    let manager = FileManager.default
    let names = ((try? manager.contentsOfDirectory(atPath: samples)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let texts = names.compactMap { manager.contents(atPath: samples + "/" + $0) }
    guard !texts.isEmpty else {
      throw CommandFailure(code: .noInput, message: "no .txt articles in \(samples) to build a corpus from; pass --samples DIR")
    }
    let marker = corpus + "/.complete-\(count)"
    var total = 0
    let exists = manager.fileExists(atPath: marker)
    for index in 0..<count {
      let folder = String(format: "%@/%03d", corpus, index / 1000)
      let path = String(format: "%@/article-%06d.txt", folder, index)
      var data = Data("Meldung Nummer \(index)\n".utf8)
      data.append(texts[index % texts.count])
      total += data.count
      if exists { continue }
      if index % 1000 == 0 { try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
      guard manager.createFile(atPath: path, contents: data) else {
        throw CommandFailure(code: .cannotCreateOutput, message: "cannot write \(path)")
      }
    }
    if !exists { _ = manager.createFile(atPath: marker, contents: nil) }
    return total
  }
}

#if canImport(Glibc)
  /// `RUSAGE_SELF` as the C function expects it on Glibc.
  private let RUSAGE_SELF_VALUE = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
  private let RUSAGE_SELF_VALUE = RUSAGE_SELF
#endif
