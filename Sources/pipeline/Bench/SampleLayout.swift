/// The parts of one sample article, sorted by what they are: headlines, subheadings, body
/// sentences, bullets, and photo captions with their credit lines.
///
/// Date header lines are left out (the generator writes its own), and so are lines that fit no
/// part (a site's name, a newsletter notice with a sentence break inside).
struct SampleLayout: Sendable {
  /// Lines of five words or more without a final period or sentence break.
  var headlines: [[UInt8]] = []
  /// Lines of two to four words without a final period.
  var subheads: [[UInt8]] = []
  /// The sentences of the body paragraphs.
  var sentences: [[UInt8]] = []
  /// The text of `•` lines.
  var bullets: [[UInt8]] = []
  /// A caption line and the `Foto:` line after it.
  var photos: [(caption: [UInt8], credit: [UInt8])] = []

  /// Every kept line and sentence, in no particular order.
  var allLines: [[UInt8]] {
    headlines + subheads + sentences + bullets + photos.flatMap { [$0.caption, $0.credit] }
  }

  /// Sorts the lines of a UTF-8 text; `abbreviations` are words after which a period does not
  /// end a sentence.
  /// - Complexity: O(n) in the length of the text.
  init(text: [UInt8], abbreviations: Set<[UInt8]>) {
    let lines = text.split(separator: 0x0A).map { Self.trimmed($0) }.filter { !$0.isEmpty }
    var seen: Set<[UInt8]> = []
    for (number, line) in lines.enumerated() {
      guard seen.insert(line).inserted else { continue }  // a headline repeated by the page
      if line.starts(with: Array("Foto:".utf8)) { continue }
      if number + 1 < lines.count, lines[number + 1].starts(with: Array("Foto:".utf8)) {
        photos.append((line, lines[number + 1]))
        continue
      }
      let bullet = Array("• ".utf8)
      if line.starts(with: bullet) {
        bullets.append(Array(line.dropFirst(bullet.count)))
        continue
      }
      if Self.isDateHeader(line) { continue }
      if let last = line.last,
        [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\"")].contains(last)
      {
        sentences += Self.sentences(in: line, abbreviations: abbreviations)
        continue
      }
      let words = line.split(separator: 0x20).count
      if words >= 5 && !Self.contains(line, Array(". ".utf8)) {
        headlines.append(line)
      } else if (2...4).contains(words) {
        subheads.append(line)
      }
    }
  }

  /// Splits a paragraph after `.`, `!` or `?` (and a closing quote or parenthesis) followed by a
  /// space and an uppercase letter, digit or opening quote, unless the word before the period is
  /// an abbreviation, a single letter or a number (an ordinal such as `3. Juli`), or the split
  /// would fall inside a quotation.
  /// - Complexity: O(n) in the length of the paragraph.
  static func sentences(in paragraph: [UInt8], abbreviations: Set<[UInt8]>) -> [[UInt8]] {
    var result: [[UInt8]] = []
    var start = 0
    var quotes = 0
    var index = 0
    while index < paragraph.count {
      let byte = paragraph[index]
      if byte == UInt8(ascii: "\"") { quotes += 1 }
      guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      else {
        index += 1
        continue
      }
      var end = index + 1
      while end < paragraph.count,
        paragraph[end] == UInt8(ascii: "\"") || paragraph[end] == UInt8(ascii: ")")
      {
        if paragraph[end] == UInt8(ascii: "\"") { quotes += 1 }
        end += 1
      }
      guard end + 1 < paragraph.count, paragraph[end] == 0x20, quotes % 2 == 0,
        startsSentence(paragraph[end + 1]),
        !isNoSentenceEnd(paragraph, period: index, abbreviations)
      else {
        index = end
        continue
      }
      result.append(Array(paragraph[start..<end]))
      start = end + 1
      index = start
    }
    if start < paragraph.count { result.append(Array(paragraph[start...])) }
    return result
  }

  private static func startsSentence(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "\"") || byte == 0xC3 || byte == 0xE2
  }

  /// The word before the punctuation at `period` is an abbreviation, one letter or a number.
  private static func isNoSentenceEnd(_ text: [UInt8], period: Int, _ abbreviations: Set<[UInt8]>)
    -> Bool
  {
    guard text[period] == UInt8(ascii: ".") else { return false }
    var start = period
    while start > 0, text[start - 1] != 0x20, text[start - 1] != UInt8(ascii: "(") { start -= 1 }
    let word = Array(text[start..<period])
    let isNumber =
      !word.isEmpty && word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    return word.count <= 1 || isNumber || abbreviations.contains(word)
  }

  /// A short line that is only a date: `März 14, 2024`, `14.03.2024`, `Oktober 9, 2023`.
  private static func isDateHeader(_ line: [UInt8]) -> Bool {
    guard line.count <= 24, let last = line.last, last >= UInt8(ascii: "0"),
      last <= UInt8(ascii: "9")
    else {
      return false
    }
    return line.split(separator: 0x20).count <= 3
  }

  private static func contains(_ line: [UInt8], _ needle: [UInt8]) -> Bool {
    guard line.count >= needle.count else { return false }
    return (0...(line.count - needle.count)).contains {
      line[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }

  private static func trimmed(_ line: ArraySlice<UInt8>) -> [UInt8] {
    var slice = line
    while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0D {
      slice = slice.dropFirst()
    }
    while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D {
      slice = slice.dropLast()
    }
    return Array(slice)
  }
}
