/// Clues from the top of an article's text: a headline and a `Quelle:` line.
///
/// Datelines and date headers are read by Transform, which knows German dates.
package struct DocumentHeader: Sendable, Equatable {
  /// The first line that looks like a headline (see `find(in:)`), if any.
  package var title: String?
  /// The value of a `Quelle:`/`Source:` line, if any.
  package var source: String?

  /// Creates a header.
  package init(title: String? = nil, source: String? = nil) {
    self.title = title
    self.source = source
  }

  /// How many non-empty lines at the top are searched for a headline.
  private static let titleWindow = 8

  /// Finds the header clues in decoded UTF-8 text.
  ///
  /// A headline is one of the first eight non-empty lines with at most 30 words (3 of them starting
  /// with a letter, so a date line is none) and at most 200
  /// characters that does not end in `.`, `:` or `,` and holds no sentence break (`. ` inside).
  /// A source is the rest of a line that starts with `Quelle:` or `Source:` anywhere in the text.
  /// - Complexity: O(n) in the length of the text.
  package static func find(in text: [UInt8]) -> DocumentHeader {
    var header = DocumentHeader()
    var nonEmptyLines = 0
    var start = 0
    while start < text.count && (header.title == nil || header.source == nil) {
      var end = start
      while end < text.count && text[end] != UInt8(ascii: "\n") { end += 1 }
      let line = text[start..<end]
      let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if !isBlank {
        nonEmptyLines += 1
        if header.title == nil && nonEmptyLines <= titleWindow {
          let candidate = String(decoding: line, as: UTF8.self).trimmingWhiteSpace()
          if looksLikeHeadline(candidate) { header.title = candidate }
        }
        if header.source == nil, let source = sourceLine(line) {
          header.source = source
        }
      }
      start = end + 1
    }
    return header
  }

  private static func looksLikeHeadline(_ line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    let wordsWithLetters = words.filter { $0.first?.isLetter == true }.count
    guard wordsWithLetters >= 3, words.count <= 30, line.unicodeScalars.count <= 200 else {
      return false
    }
    if let last = line.last, ".:,".contains(last) { return false }
    return !line.contains(". ")
  }

  private static func sourceLine(_ line: ArraySlice<UInt8>) -> String? {
    var first = line.startIndex
    while first < line.endIndex, line[first] == 0x20 || line[first] == 0x09 { first += 1 }
    for prefix in ["Quelle:", "Source:"] where line[first...].starts(with: prefix.utf8) {
      let value = String(decoding: line[(first + prefix.utf8.count)...], as: UTF8.self).trimmingWhiteSpace()
      return value.isEmpty ? nil : value
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing white space (Unicode properties).
  package func trimmingWhiteSpace() -> String {
    var view = Substring(self)
    while let first = view.unicodeScalars.first, first.properties.isWhitespace {
      view = Substring(view.unicodeScalars.dropFirst())
    }
    while let last = view.unicodeScalars.last, last.properties.isWhitespace {
      view = Substring(view.unicodeScalars.dropLast())
    }
    return String(view)
  }
}
