import Foundation
import Transform

/// `pipeline names`: links names from standard input to entity ids, one TSV line per name.
enum NamesCommand {
  /// The declaration the parser and `--help` are generated from.
  static let spec = CommandSpec(
    name: "names",
    abstract: "Link names read from standard input (one per line) to entity ids.",
    discussion: """
      Writes one TAB-separated line per input line: name, entity_id, canonical_name, key, how.
      Two names are the same entity exactly when their entity_ids are equal. Names the gazetteer
      does not know get an id derived from their variant key (x_…), stable across runs.
      """,
    options: [
      .option("config", "DIR", "Config folder with gazetteer/ (default: ./config)."),
      .flag("header", "Write a header line first."),
    ])

  /// Runs the command; returns the exit code.
  static func run(_ arguments: ParsedArguments) throws(CommandFailure) -> ExitCode {
    let configDirectory = arguments.values["config"] ?? "config"
    let resources: TransformResources
    do {
      resources = try TransformResources.load(configDirectory: configDirectory)
    } catch {
      throw CommandFailure(code: .dataError, message: error.description)
    }
    let resolver = NameResolver(gazetteer: resources.gazetteer)
    var output =
      arguments.flags.contains("header") ? "name\tentity_id\tcanonical_name\tkey\thow\n" : ""
    while let line = readLine(strippingNewline: true) {
      output += resolver.namesLine(for: line) + "\n"
      if output.utf8.count > 1 << 16 {
        FileHandleOutput.standardOutput(output)
        output = ""
      }
    }
    FileHandleOutput.standardOutput(output)
    return .success
  }
}
