import Extract
import Foundation

/// Reads the one-word-per-line lexicon files of `config/lexicon/`: `#` starts a comment line,
/// empty lines are ignored, surrounding white space is trimmed.
package enum WordList {
  /// The words of the file at `path`; an error names the file when it cannot be read.
  package static func load(_ path: String) throws(ConfigurationError) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigurationError(
        file: path, line: nil, message: "cannot read the file; restore it from the repository")
    }
    return parse(String(decoding: data, as: UTF8.self))
  }

  /// The words in `text`.
  package static func parse(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).compactMap { line in
      let word = String(line).trimmingWhiteSpace()
      return word.isEmpty || word.hasPrefix("#") ? nil : word
    }
  }
}
