/// An error that ends the process with a one-line message and an exit code.
struct CommandFailure: Error, CustomStringConvertible {
  /// The exit code.
  var code: ExitCode
  /// What went wrong and what to do, in one line.
  var message: String

  /// The message.
  var description: String { message }

  /// A usage error that points at the command's help.
  static func usage(_ message: String, command: String) -> CommandFailure {
    CommandFailure(code: .usage, message: "\(message) (see `\(command) --help`)")
  }
}
