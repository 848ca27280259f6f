/// The options a command line set, by long name.
struct ParsedArguments: Sendable, Equatable {
  /// Values of options that take one (`--input DIR`, `--input=DIR`); the last one wins.
  var values: [String: String] = [:]
  /// Flags that were given (`--full`).
  var flags: Set<String> = []
  /// Whether `--help` was given.
  var wantsHelp = false

  /// Parses `arguments` (after the subcommand name) against `spec`.
  static func parse(_ arguments: [String], spec: CommandSpec, program: String)
    throws(CommandFailure)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    let command = "\(program) \(spec.name)"
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--help" || argument == "-h" {
        parsed.wantsHelp = true
        continue
      }
      guard argument.hasPrefix("--"), argument.count > 2 else {
        throw .usage("unexpected argument '\(argument)'", command: command)
      }
      let body = argument.dropFirst(2)
      let name: String
      var inlineValue: String?
      if let equals = body.firstIndex(of: "=") {
        name = String(body[..<equals])
        inlineValue = String(body[body.index(after: equals)...])
      } else {
        name = String(body)
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        let known = spec.options.map { "--\($0.name)" }.joined(separator: ", ")
        throw .usage("unknown option '--\(name)'; known options: \(known)", command: command)
      }
      if option.valueName == nil {
        guard inlineValue == nil else {
          throw .usage("'--\(name)' takes no value", command: command)
        }
        parsed.flags.insert(name)
        continue
      }
      if let inlineValue {
        parsed.values[name] = inlineValue
      } else if index < arguments.count, !arguments[index].hasPrefix("--") {
        parsed.values[name] = arguments[index]
        index += 1
      } else {
        throw .usage("'--\(name)' needs a value \(option.valueName ?? "")", command: command)
      }
    }
    return parsed
  }
}
