/// A problem in a gazetteer file, with where it is and what to fix.
package struct GazetteerError: Error, CustomStringConvertible, Equatable {
  /// The file path (or `<entries>` for entries built in code).
  package var file: String
  /// The 1-based line number, or 0 for a problem with the whole file or folder.
  package var line: Int
  /// What is wrong and how to fix it.
  package var message: String

  /// Creates an error for `file` at `line`.
  package init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, or `file: message` when the line is 0.
  package var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}
