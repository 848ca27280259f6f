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

  /// The words in `text`: its lines (split at every Unicode line break: LF, VT, FF, CR, NEL,
  /// U+2028, U+2029), trimmed, without empty and `#` lines.
  /// - Complexity: O(n) in the UTF-8 length of the text, one pass over its bytes.
  package static func parse(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var words: [String] = []
    var start = 0
    var index = 0
    func endLine(at end: Int) {
      let word = String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhiteSpace()
      if !word.isEmpty && !word.hasPrefix("#") { words.append(word) }
    }
    while index < bytes.count {
      let byte = bytes[index]
      var breakLength = 0
      if byte >= 0x0A && byte <= 0x0D {
        breakLength = 1
      } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
        breakLength = 2
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        breakLength = 3
      }
      guard breakLength > 0 else {
        index += 1
        continue
      }
      endLine(at: index)
      index += breakLength
      start = index
    }
    endLine(at: bytes.count)
    return words
  }
}
