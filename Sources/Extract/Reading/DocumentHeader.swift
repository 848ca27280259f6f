#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// characters that does not end in `.`, `:` or `,` and holds no sentence break (`. ` inside),
  /// and is no photo credit or caption (`isCreditLine`).
  /// A source is the rest of a line that starts with `Quelle:` or `Source:` anywhere in the text.
  /// - Complexity: O(n) in the length of the text.
  package static func find(in text: [UInt8]) -> DocumentHeader {
    var header = DocumentHeader()
    var nonEmptyLines = 0
    var start = 0
    // Lines are found with `memchr` and tested for blankness through one buffer pointer; only
    // the lines that are not blank are looked at as slices.
    text.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return }
      while start < all.count && (header.title == nil || header.source == nil) {
        let end =
          memchr(base + start, 0x0A, all.count - start).map {
            base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
          } ?? all.count
        let isBlank = UnsafeBufferPointer(rebasing: all[start..<end]).allSatisfy {
          $0 == 0x20 || $0 == 0x09 || $0 == 0x0D
        }
        if !isBlank {
          let line = text[start..<end]
          nonEmptyLines += 1
          if header.title == nil && nonEmptyLines <= titleWindow {
            let candidate = String(decoding: line, as: UTF8.self).trimmingWhiteSpace()
            if looksLikeHeadline(candidate) && !isCreditLine(candidate) { header.title = candidate }
          }
          if header.source == nil, let source = sourceLine(line) {
            header.source = source
          }
        }
        start = end + 1
      }
    }
    return header
  }

  /// The labels of photo credits and captions, lowercased (`Foto: Anna Berg/dpa`).
  private static let creditLabels: Set<String> = [
    "foto", "fotos", "bild", "bilder", "bildunterschrift", "bildquelle", "bildnachweis",
    "symbolbild", "archivbild", "archivfoto", "titelbild", "quelle", "photo", "source", "credit",
    "copyright",
  ]

  /// Whether a trimmed line is a photo credit: a `©` first, or a label of `creditLabels` and a
  /// colon before a name or agencies, that is a rest with a slash or of at most two words
  /// (`Foto: Ruslan Alibekow/AP/dpa`, `Foto: Anna Berg`). A label before more words is a
  /// headline's (`Quelle: Regierung will Rente kürzen`, `Bild: Kanzler plant Umbildung`).
  /// - Complexity: O(n) in the length of the line.
  static func isCreditLine(_ line: String) -> Bool {
    let bytes = line.utf8
    if bytes.starts(with: "©".utf8) { return true }
    // Labels are short: only the first bytes are searched for the colon.
    guard let colon = bytes.prefix(24).firstIndex(of: UInt8(ascii: ":")),
      creditLabels.contains(String(line[..<colon]).lowercased())
    else { return false }
    let rest = bytes[bytes.index(after: colon)...]
    if rest.contains(UInt8(ascii: "/")) { return true }
    return rest.split(separator: UInt8(ascii: " ")).count <= 2
  }

  /// Whether a trimmed line reads as a headline, over its UTF-8 bytes: words split at spaces and
  /// tabs, a word "with letters" when its first scalar is alphabetic (as `Character.isLetter`).
  /// - Complexity: O(n) in the length of the line.
  static func looksLikeHeadline(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      var words = 0
      var wordsWithLetters = 0
      var scalars = 0
      var inWord = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte & 0xC0 != 0x80 { scalars += 1 }
        // A space or tab that a combining mark follows is one character with it, not a break.
        if (byte == 0x20 || byte == 0x09) && !extendsCharacter(bytes, at: index + 1) {
          inWord = false
          // A sentence break inside the line: `. `.
          if byte == 0x20, index > 0, bytes[index - 1] == UInt8(ascii: ".") { return false }
        } else if !inWord {
          inWord = true
          words += 1
          if startsWithLetter(bytes, at: index) { wordsWithLetters += 1 }
        }
        index += 1
      }
      guard wordsWithLetters >= 3, words <= 30, scalars <= 200 else { return false }
      guard let last = bytes.last else { return false }
      return last != UInt8(ascii: ".") && last != UInt8(ascii: ":") && last != UInt8(ascii: ",")
    }
  }

  /// Whether the scalar at `index` belongs to the character before it (a combining mark, a
  /// spacing mark, a zero-width joiner or an emoji modifier), as `Character` boundaries have it.
  private static func extendsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count, bytes[index] >= 0x80, let value = scalar(bytes, at: index),
      let scalar = Unicode.Scalar(value)
    else { return false }
    let properties = scalar.properties
    return properties.isGraphemeExtend || value == 0x200D || (0x1F3FB...0x1F3FF).contains(value)
      || properties.generalCategory == .spacingMark
  }

  /// Whether the scalar at `index` is alphabetic.
  private static func startsWithLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let lead = bytes[index]
    if lead < 0x80 { return (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A }
    guard let value = scalar(bytes, at: index) else { return false }
    return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
  }

  /// The scalar value that starts at `index` (valid UTF-8), or nil when it is cut off.
  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    let lead = bytes[index]
    if lead < 0x80 { return UInt32(lead) }
    var value = UInt32(lead)
    var length = 1
    if lead >= 0xF0 {
      value &= 0x07
      length = 4
    } else if lead >= 0xE0 {
      value &= 0x0F
      length = 3
    } else {
      value &= 0x1F
      length = 2
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return value
  }

  private static func sourceLine(_ line: ArraySlice<UInt8>) -> String? {
    var first = line.startIndex
    while first < line.endIndex, line[first] == 0x20 || line[first] == 0x09 { first += 1 }
    for prefix in ["Quelle:", "Source:"] where line[first...].starts(with: prefix.utf8) {
      let value = String(decoding: line[(first + prefix.utf8.count)...], as: UTF8.self)
        .trimmingWhiteSpace()
      return value.isEmpty ? nil : value
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing white space (Unicode properties).
  package func trimmingWhiteSpace() -> String {
    // Printable ASCII at both ends (the usual case) is never white space.
    guard let first = utf8.first, let last = utf8.last else { return self }
    if (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last) { return self }
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
