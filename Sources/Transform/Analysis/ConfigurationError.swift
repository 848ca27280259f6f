/// A problem with a configuration file, reported before any work starts.
package struct ConfigurationError: Error, Equatable, CustomStringConvertible {
  /// The file.
  package var file: String
  /// The 1-based line, when the problem is on one line.
  package var line: Int?
  /// What is wrong and what to do.
  package var message: String

  /// Creates an error.
  package init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  package var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}
