/// A subcommand's declaration: name, one-line abstract, discussion, options.
struct CommandSpec: Sendable {
  /// The subcommand's name (`run`).
  var name: String
  /// One line for the command list.
  var abstract: String
  /// Longer help text shown by `pipeline NAME --help`.
  var discussion: String
  /// The options and flags, in help order (`--help` is added by the parser).
  var options: [OptionSpec]

  /// The help text for this command.
  func helpText(program: String) -> String {
    var lines = ["USAGE: \(program) \(name)\(options.isEmpty ? "" : " [options]")", "", abstract]
    if !discussion.isEmpty { lines += ["", discussion] }
    lines += ["", "OPTIONS:"]
    let all = options + [.flag("help", "Show this help and exit.")]
    let labels = all.map { "--\($0.name)" + ($0.valueName.map { " \($0)" } ?? "") }
    let width = (labels.map(\.count).max() ?? 0) + 2
    for (label, option) in zip(labels, all) {
      lines.append("  " + label.padded(to: width) + option.help)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The string padded with spaces to at least `length` characters.
  fileprivate func padded(to length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}
