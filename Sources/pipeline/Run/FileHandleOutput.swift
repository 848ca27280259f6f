import Foundation

/// Writing lines to standard output and standard error.
enum FileHandleOutput {
  /// Writes `line` and a line feed to standard error.
  static func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Writes `text` as is to standard output.
  static func standardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
