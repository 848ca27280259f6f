import Testing

@testable import pipeline

@Suite struct CommandLineTests {
  @Test(
    arguments: [
      (["--input", "a", "--output=b", "--quiet"], ["input": "a", "output": "b"], ["quiet"]),
      (["--input=x=y"], ["input": "x=y"], []),
    ] as [([String], [String: String], Set<String>)])
  func parsesOptionsAndFlags(arguments: [String], values: [String: String], flags: Set<String>)
    throws
  {
    let parsed = try ParsedArguments.parse(arguments, spec: RunCommand.spec, program: "pipeline")
    #expect(parsed.values == values)
    #expect(parsed.flags == flags)
  }

  @Test(arguments: [
    (
      ["--inptu", "a"],
      "unknown option '--inptu'; known options: --input, --output, --config, --metadata, --reference-date, --threads, --full, --quiet (see `pipeline run --help`)"
    ),
    (["--input"], "'--input' needs a value DIR (see `pipeline run --help`)"),
    (["stray"], "unexpected argument 'stray' (see `pipeline run --help`)"),
    (["--quiet=yes"], "'--quiet' takes no value (see `pipeline run --help`)"),
  ])
  func usageErrorsSayWhatToDo(arguments: [String], message: String) {
    do {
      _ = try ParsedArguments.parse(arguments, spec: RunCommand.spec, program: "pipeline")
      Issue.record("no error for \(arguments)")
    } catch {
      #expect(error.code == .usage)
      #expect(error.message == message)
    }
  }

  @Test func unknownSubcommandIsAUsageError() {
    do {
      _ = try Pipeline.dispatch(["rnu"])
      Issue.record("no error")
    } catch {
      #expect(error.code == .usage)
      #expect(
        error.message
          == "unknown subcommand 'rnu'; subcommands: run, names, bench (see `pipeline --help`)")
    }
  }

  @Test func helpIsGeneratedFromTheDeclaration() {
    let help = RunCommand.spec.helpText(program: "pipeline")
    #expect(help.hasPrefix("USAGE: pipeline run [options]\n"))
    #expect(
      help.contains(
        "  --input DIR                  Folder of .txt articles (default: pipeline.json input).\n"))
    #expect(help.contains("  --help                       Show this help and exit.\n"))
  }
}
