/// One `--name VALUE` option or `--name` flag of a command, declared once: the parser and the
/// help text are both generated from it.
struct OptionSpec: Sendable {
  /// The long name without dashes (`input`).
  var name: String
  /// The placeholder for the value in help (`DIR`); `nil` for a flag without a value.
  var valueName: String?
  /// One line of help.
  var help: String

  /// An option that takes a value.
  static func option(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, help: help)
  }

  /// A flag without a value.
  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }
}
