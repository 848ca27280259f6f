/// The process exit codes, from the BSD sysexits scheme so that cron wrappers can tell them apart.
enum ExitCode: Int32, CaseIterable {
  /// The run finished; per-file problems are in `documents` and in the summary.
  case success = 0
  /// Wrong command line: unknown flag, missing value, unknown subcommand.
  case usage = 64
  /// Bad configuration data: a malformed `pipeline.json`, gazetteer row or metadata file.
  case dataError = 65
  /// The input folder (or a named metadata file) does not exist or cannot be read.
  case noInput = 66
  /// The output folder cannot be created or written.
  case cannotCreateOutput = 73
  /// Reading or writing failed during the run.
  case ioError = 74
  /// Another run holds the output folder's lock; try again later.
  case lockHeld = 75
}
