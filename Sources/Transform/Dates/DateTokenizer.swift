/// Splits UTF-8 text into the word, number and punctuation tokens the date grammar reads.
enum DateTokenizer {
  /// Byte classes: 0 other/space, 1 digit, 2 letter, 3 punctuation.
  private static let classes: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 256)
    for b in 0x30...0x39 { t[b] = 1 }
    for b in 0x41...0x5A { t[b] = 2 }
    for b in 0x61...0x7A { t[b] = 2 }
    for b in 0xC3...0xFF { t[b] = 2 }
    for b in Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8) { t[Int(b)] = 3 }
    return t
  }()

  /// The tokens of `text`.
  /// - Complexity: O(n) in the byte count, one table lookup per word.
  static func tokens(_ text: UnsafeBufferPointer<UInt8>) -> [DateToken] {
    var out: [DateToken] = []
    out.reserveCapacity(text.count / 5)
    let n = text.count
    var i = 0
    var space = true
    var newline = true
    let probe = GermanCalendarWords.probe
    classes.withUnsafeBufferPointer { cls in
      GermanCalendarWords.pairFilter.withUnsafeBufferPointer { filter in
        while i < n {
          let b = text[i]
          let isGeneralPunctuation = b == 0xE2 && i + 2 < n && text[i + 1] == 0x80
          switch isGeneralPunctuation ? 0 : cls[Int(b)] {
          case 1:
            let s = i
            var v = 0
            while i < n, text[i] >= 0x30, text[i] <= 0x39 {
              if v < 100_000_000 { v = v * 10 + Int(text[i] - 0x30) } else { v = 999_999_999 }
              i += 1
            }
            var t = DateToken(start: s, end: i, kind: .number, spaceBefore: space)
            t.number = v
            t.digits = i - s
            t.newlineBefore = newline
            out.append(t)
            newline = false
            space = false
          case 2:
            let s = i
            while i < n {
              i = CharacterClass.endOfASCIILetters(in: text, from: i, digits: false)
              guard i < n else { break }
              let c = text[i]
              if c < 0x80 {
                if cls[Int(c)] != 2 { break }
                i += 1
              } else if c == 0xE2, i + 1 < n, text[i + 1] == 0x80 {
                break
              } else if c >= 0xC3 || (c >= 0x80 && c < 0xC0) {
                // Letters of Latin-1 and beyond, and continuation bytes.
                i += 1
              } else {
                break
              }
            }
            // A lead byte cut off from its character (a truncated region) is skipped like a
            // stray byte, so the scan always moves on.
            if i == s {
              i += 1
              space = true
              continue
            }
            var t = DateToken(start: s, end: i, kind: .word, spaceBefore: space)
            t.capitalized =
              (b >= 0x41 && b <= 0x5A) || (b == 0xC3 && s + 1 < n && text[s + 1] < 0xA0)
            t.word = GermanCalendarWords.lookup(text, s, i, filter: filter, probe: probe)
            t.newlineBefore = newline
            out.append(t)
            newline = false
            space = false
          case 3:
            var t = DateToken(start: i, end: i + 1, kind: .punct, spaceBefore: space)
            t.symbol = b == 0x27 ? 0x22 : b
            t.newlineBefore = newline
            out.append(t)
            newline = false
            i += 1
            space = false
          default:
            if b < 0x80 {
              space = true
              if b == 0x0A { newline = true }
              i += 1
            } else if isGeneralPunctuation {
              // U+2000…U+203F: spaces, dashes, quotes, bullets.
              let c = text[i + 2]
              if c <= 0x8A || c == 0xAF {
                space = true
              } else {
                var t = DateToken(start: i, end: i + 3, kind: .punct, spaceBefore: space)
                t.symbol = (c >= 0x90 && c <= 0x95) ? 0x2D : 0x22
                t.newlineBefore = newline
                out.append(t)
                newline = false
                space = false
              }
              i += 3
            } else if b == 0xC2, i + 1 < n {
              if text[i + 1] == 0xA0 {
                space = true
              } else {
                var t = DateToken(start: i, end: i + 2, kind: .punct, spaceBefore: space)
                t.symbol = 0x22
                t.newlineBefore = newline
                out.append(t)
                newline = false
                space = false
              }
              i += 2
            } else {
              // Other lead or stray bytes: skip one.
              i += 1
              space = true
            }
          }
        }
      }
    }
    return out
  }
}
