import Foundation

/// The `pipeline` executable: dispatches to the subcommands and maps failures to exit codes.
@main
enum Pipeline {
  /// The subcommands, in help order.
  static let commands = [RunCommand.spec, NamesCommand.spec, BenchCommand.spec]

  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let code: ExitCode
    do {
      code = try dispatch(arguments)
    } catch {
      FileHandleOutput.standardError("error: \(error.message)")
      code = error.code
    }
    exit(code.rawValue)
  }

  /// Runs the subcommand named first in `arguments`.
  static func dispatch(_ arguments: [String]) throws(CommandFailure) -> ExitCode {
    let program = "pipeline"
    guard let first = arguments.first else {
      FileHandleOutput.standardError(helpText(program: program))
      return .usage
    }
    switch first {
    case "--help", "-h", "help":
      FileHandleOutput.standardOutput(helpText(program: program))
      return .success
    case "--version":
      FileHandleOutput.standardOutput("pipeline \(PipelineVersion.current)\n")
      return .success
    default:
      break
    }
    guard let spec = commands.first(where: { $0.name == first }) else {
      let names = commands.map(\.name).joined(separator: ", ")
      throw .usage("unknown subcommand '\(first)'; subcommands: \(names)", command: program)
    }
    let parsed = try ParsedArguments.parse(
      Array(arguments.dropFirst()), spec: spec, program: program)
    if parsed.wantsHelp {
      FileHandleOutput.standardOutput(spec.helpText(program: program))
      return .success
    }
    switch spec.name {
    case RunCommand.spec.name: return try RunCommand.run(parsed, program: program)
    case BenchCommand.spec.name: return try BenchCommand.run(parsed, program: program)
    default: return try NamesCommand.run(parsed)
    }
  }

  /// The top-level help: usage, subcommands, exit codes.
  static func helpText(program: String) -> String {
    var lines = [
      "OVERVIEW: Turn folders of German news articles into linked tables of entities and dates.",
      "", "USAGE: \(program) <subcommand> [options]", "", "SUBCOMMANDS:",
    ]
    for spec in commands {
      lines.append(
        "  " + spec.name + String(repeating: " ", count: max(8 - spec.name.count, 1))
          + spec.abstract)
    }
    lines += [
      "", "OPTIONS:", "  --help      Show help (also: pipeline <subcommand> --help).",
      "  --version   Print the version.", "",
      "EXIT CODES: 0 success, 64 usage, 65 bad configuration data, 66 no input,",
      "  73 cannot create output, 74 I/O error, 75 another run holds the output lock.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
