/// Finding the spots that vary in a line of UTF-8 text.
extension TextTemplate {
  /// What the parser knows: which capitalized words are given names and surnames.
  struct Vocabulary: Sendable {
    /// Given names (`config/lexicon/given_names.txt`): a given name followed by a capitalized
    /// word is a person.
    var givenNames: Set<[UInt8]>
    /// Surnames found after given names anywhere in the samples; taken alone they are marked too.
    var surnames: Set<[UInt8]>
  }

  /// Marks persons, surnames, years, days, months and numbers in one line of UTF-8 text.
  /// - Complexity: O(n) in the length of the line.
  init(parsing line: ArraySlice<UInt8>, vocabulary: Vocabulary) {
    let bytes = Array(line)
    var builder = Builder()
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
      if Self.isDigit(byte) && !Self.isDigit(previous) && !Self.isLetter(previous) {
        index = Self.parseNumber(bytes, at: index, into: &builder)
        continue
      }
      if Self.isLetter(byte) && !Self.isLetter(previous) && !Self.isDigit(previous) {
        let end = Self.wordEnd(bytes, from: index)
        let word = Array(bytes[index..<end])
        guard Self.isCapitalized(word) else {
          builder.literal += word
          index = end
          continue
        }
        if let month = Self.monthNames.firstIndex(of: word) {
          builder.emit(.month(month))
          index = end
          continue
        }
        if vocabulary.isGivenName(word), end + 1 < bytes.count, bytes[end] == 0x20,
          Self.isLetter(bytes[end + 1])
        {
          let surnameEnd = Self.wordEnd(bytes, from: end + 1)
          var surname = Array(bytes[(end + 1)..<surnameEnd])
          if Self.isSurnameShaped(surname) && !vocabulary.isGivenName(surname)
            && !Self.monthNames.contains(surname)
          {
            let genitive =
              surname.last == UInt8(ascii: "s")
              && vocabulary.surnames.contains(Array(surname.dropLast()))
            if genitive { surname.removeLast() }
            builder.emit(.person(given: word, surname: surname, genitive: genitive))
            index = surnameEnd
            continue
          }
        }
        if vocabulary.surnames.contains(word) {
          builder.emit(.surname(word, genitive: false))
        } else if word.last == UInt8(ascii: "s"),
          vocabulary.surnames.contains(Array(word.dropLast()))
        {
          builder.emit(.surname(Array(word.dropLast()), genitive: true))
        } else {
          builder.literal += word
        }
        index = end
        continue
      }
      builder.literal.append(byte)
      index += 1
    }
    self.init(pieces: builder.finished())
  }

  /// Parses the number starting at `start` (a digit after neither digit nor letter) and returns
  /// the index after it.
  private static func parseNumber(
    _ bytes: [UInt8], at start: Int, into builder: inout Builder
  ) -> Int {
    let end = digitsEnd(bytes, from: start)
    let count = end - start
    let value = bytes[start..<end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    // A numeric date: 14.03.2024 or 1.3.2024.
    if count <= 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), isDigit(bytes[end + 1]) {
      let monthEnd = digitsEnd(bytes, from: end + 1)
      if monthEnd - end - 1 <= 2, monthEnd + 1 < bytes.count, bytes[monthEnd] == UInt8(ascii: "."),
        digitsEnd(bytes, from: monthEnd + 1) == monthEnd + 5
      {
        let yearValue = bytes[(monthEnd + 1)..<(monthEnd + 5)].reduce(0) {
          $0 * 10 + Int($1 - UInt8(ascii: "0"))
        }
        builder.emit(.day)
        builder.literal.append(UInt8(ascii: "."))
        builder.emit(.monthNumber(width: monthEnd - end - 1))
        builder.literal.append(UInt8(ascii: "."))
        builder.emit(.year(yearValue))
        return monthEnd + 5
      }
    }
    // Digits after a thousands separator or decimal point: 11.000, 1,5.
    if start >= 2, bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: ","),
      isDigit(bytes[start - 2])
    {
      builder.emit(.digits(count: count, leadingZero: true))
      return end
    }
    // Times (14:30) stay as they are, so minutes stay below 60.
    if end < bytes.count, bytes[end] == UInt8(ascii: ":"), end + 1 < bytes.count,
      isDigit(bytes[end + 1])
    {
      let timeEnd = digitsEnd(bytes, from: end + 1)
      builder.literal += bytes[start..<timeEnd]
      return timeEnd
    }
    if count == 4 && (1900...2039).contains(value) {
      let decade =
        end + 1 < bytes.count && bytes[end] == UInt8(ascii: "e")
        && bytes[end + 1] == UInt8(ascii: "r")
      builder.emit(decade ? .decade : .year(value))
      return end
    }
    if count <= 2, end + 2 < bytes.count, bytes[end] == UInt8(ascii: "."), bytes[end + 1] == 0x20 {
      let wordEnd = wordEnd(bytes, from: end + 2)
      if monthNames.contains(Array(bytes[(end + 2)..<wordEnd])) {
        builder.emit(.day)
        return end
      }
    }
    builder.emit(.digits(count: count, leadingZero: false))
    return end
  }

  /// Pieces collected so far and the literal bytes not yet closed into a `.text` piece.
  private struct Builder {
    var pieces: [Piece] = []
    var literal: [UInt8] = []

    mutating func emit(_ piece: Piece) {
      if !literal.isEmpty { pieces.append(.text(literal)) }
      literal.removeAll()
      pieces.append(piece)
    }

    mutating func finished() -> [Piece] {
      if !literal.isEmpty { pieces.append(.text(literal)) }
      literal.removeAll()
      return pieces
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// ASCII letters and the bytes of two-byte UTF-8 sequences from U+00C0 on (Latin letters with
  /// diacritics, Cyrillic); three-byte sequences such as dashes and typographic quotes are not.
  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      || (byte >= 0xC3 && byte <= 0xDF) || (byte >= 0x80 && byte <= 0xBF)
  }

  /// The end of the word starting at `start`: letters, with single hyphens between letters.
  private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var end = start
    while end < bytes.count {
      if isLetter(bytes[end]) {
        end += 1
      } else if bytes[end] == UInt8(ascii: "-"), end > start, end + 1 < bytes.count,
        isLetter(bytes[end + 1])
      {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  private static func digitsEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var end = start
    while end < bytes.count && isDigit(bytes[end]) { end += 1 }
    return end
  }

  /// Starts with an uppercase letter (ASCII, or `À`–`Þ` in UTF-8).
  private static func isCapitalized(_ word: [UInt8]) -> Bool {
    guard let first = word.first else { return false }
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
    return first == 0xC3 && word.count > 1 && word[1] >= 0x80 && word[1] <= 0x9E && word[1] != 0x97
  }

  /// Capitalized, at least three bytes, with a lowercase ASCII letter (so no acronym like `TASS`).
  private static func isSurnameShaped(_ word: [UInt8]) -> Bool {
    isCapitalized(word) && word.count >= 3
      && word.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }
}

extension TextTemplate.Vocabulary {
  /// A listed given name, or a hyphenated one whose first part is listed (`Kassym-Schomart`).
  func isGivenName(_ word: [UInt8]) -> Bool {
    if givenNames.contains(word) { return true }
    guard let hyphen = word.firstIndex(of: UInt8(ascii: "-")) else { return false }
    return givenNames.contains(Array(word[..<hyphen]))
  }
}
