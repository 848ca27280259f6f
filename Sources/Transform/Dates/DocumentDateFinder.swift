/// Where a document's creation date (DCT) came from; the raw value is for output.
package enum DocumentDateSource: String, Sendable {
  case metadata, header, dateline, reference, none
}

/// The document creation date decided for one text.
package struct DocumentDate: Sendable, Equatable {
  /// The DCT relative expressions resolve against; `nil` when unknown or only partly known.
  package var day: CalendarDay?
  /// The DCT as TIMEX3: `2022-11-27`, `XXXX-11-27` for a dateline without a year, or empty.
  package var value: String
  /// Where the date came from.
  package var source: DocumentDateSource
  /// Byte offsets of the header or dateline date in the text, when one was found (reported
  /// even when metadata wins).
  package var span: Range<Int>?

  /// Creates a document date from its fields.
  package init(day: CalendarDay?, value: String, source: DocumentDateSource, span: Range<Int>?) {
    self.day = day
    self.value = value
    self.source = source
    self.span = span
  }
}

/// Decides a document's creation date: metadata, else a header or dateline at the top of the
/// text, else the run-wide reference date, else none (never today).
package enum DocumentDateFinder {
  /// How far into the text a header or dateline may start.
  static let headerBytes = 300
  /// How many non-empty lines may hold a header or dateline.
  static let headerLines = 3

  /// The DCT of `utf8`.
  ///
  /// Order: `published` (metadata); a date line or dateline in the first 3 non-empty lines and
  /// 300 bytes (`Dezember 27, 2024`, `27.11.2022`, `Moskau, 27. Nov –`); `referenceDate`.
  /// A dateline without a year takes the year that makes it the earliest such day on or after
  /// the latest absolute day- or month-level date in the text; failing that, the latest such
  /// day on or before `referenceDate`; failing that it stays open (`XXXX-11-27`, no `day`).
  /// - Complexity: O(300) without a yearless dateline, else O(n) for one extra tagging pass.
  package static func find(
    in utf8: [UInt8], published: CalendarDay?, reference referenceDate: CalendarDay?
  )
    -> DocumentDate
  {
    let top = topLine(utf8)
    if let p = published {
      return DocumentDate(day: p, value: p.description, source: .metadata, span: top?.span)
    }
    if let top {
      if let day = top.day {
        return DocumentDate(day: day, value: day.description, source: top.source, span: top.span)
      }
      if let day = inferYear(utf8, month: top.month, day: top.dayOfMonth, exclude: top.span)
        ?? latest(month: top.month, day: top.dayOfMonth, onOrBefore: referenceDate)
      {
        return DocumentDate(day: day, value: day.description, source: top.source, span: top.span)
      }
      return DocumentDate(day: nil, value: top.value, source: top.source, span: top.span)
    }
    if let r = referenceDate {
      return DocumentDate(day: r, value: r.description, source: .reference, span: nil)
    }
    return DocumentDate(day: nil, value: "", source: .none, span: nil)
  }

  /// A header or dateline date found at the top of a text.
  struct TopDate {
    var span: Range<Int>
    var source: DocumentDateSource
    var day: CalendarDay?
    var value: String
    var month: Int
    var dayOfMonth: Int
  }

  /// The first header or dateline date in the first lines of `utf8`.
  /// - Complexity: O(300).
  static func topLine(_ utf8: [UInt8]) -> TopDate? {
    // The region: up to `headerLines` non-empty lines, at most `headerBytes` bytes.
    var limit = min(utf8.count, headerBytes)
    // Never inside a character: the region ends before a continuation byte.
    while limit > 0, limit < utf8.count, utf8[limit] & 0xC0 == 0x80 { limit -= 1 }
    var lines = 0
    var i = 0
    var lineHasText = false
    while i < limit {
      if utf8[i] == 0x0A {
        if lineHasText { lines += 1 }
        lineHasText = false
        if lines == headerLines {
          limit = i
          break
        }
      } else if utf8[i] > 0x20 {
        lineHasText = true
      }
      i += 1
    }
    let region = Array(utf8[0..<limit])
    for m in DateTagger().tag(region, documentDate: nil) {
      guard m.kind == "date", m.granularity == "day" else { continue }
      let source: DocumentDateSource
      if isHeader(region, m) {
        source = .header
      } else if isDateline(region, m) {
        source = .dateline
      } else {
        continue
      }
      let v = Array(m.value.utf8)
      guard v.count == 10 else { continue }
      let month = Int(v[5] - 0x30) * 10 + Int(v[6] - 0x30)
      let day = Int(v[8] - 0x30) * 10 + Int(v[9] - 0x30)
      return TopDate(
        span: m.start..<m.end, source: source, day: CalendarDay(iso: m.value), value: m.value,
        month: month, dayOfMonth: day)
    }
    return nil
  }

  /// Whether mention `m` is alone on its line (apart from a time, weekday or `Stand:`-like label).
  static func isHeader(_ text: [UInt8], _ m: DateMention) -> Bool {
    var s = m.start
    while s > 0, text[s - 1] != 0x0A { s -= 1 }
    var e = m.end
    while e < text.count, text[e] != 0x0A { e += 1 }
    let rest = Array(text[s..<m.start]) + [0x20] + Array(text[m.end..<e])
    var letters = 0
    var word: [UInt8] = []
    for b in rest + [0x20] {
      if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 {
        word.append(b | (b < 0x80 ? 0x20 : 0))
      } else if !word.isEmpty {
        let w = String(decoding: word, as: UTF8.self)
        if !["uhr", "um", "am", "stand", "aktualisiert", "veröffentlicht", "datum"].contains(w) {
          letters += word.count
        }
        word.removeAll()
      }
    }
    return letters == 0
  }

  /// Whether mention `m` follows `Place,` at the start of its line and is followed by a dash,
  /// parenthesis, colon, a sentence's period or the line end (`Moskau, 27. Nov – …`). The place
  /// is at most four words, capitalized but for the small words of place names (`Frankfurt am
  /// Main`, `Halle an der Saale`): a sentence's comma before a date (`Gagarin startete in
  /// Baikonur, 12. April 1961.`) makes no dateline.
  static func isDateline(_ text: [UInt8], _ m: DateMention) -> Bool {
    var s = m.start
    while s > 0, text[s - 1] != 0x0A { s -= 1 }
    guard m.start - s <= 60 else { return false }
    let before = text[s..<m.start]
    guard let comma = before.lastIndex(of: 0x2C), comma > s,
      before[comma...].dropFirst().allSatisfy({ $0 == 0x20 }), isPlace(text[s..<comma])
    else { return false }
    var e = m.end
    while e < text.count, text[e] == 0x20 { e += 1 }
    guard e < text.count else { return true }
    let b = text[e]
    if b == 0x2D || b == 0x28 || b == 0x3A || b == 0x0A { return true }
    if b == 0x2E { return e + 1 == text.count || text[e + 1] == 0x20 || text[e + 1] == 0x0A }
    return b == 0xE2 && e + 2 < text.count && text[e + 1] == 0x80
      && (0x90...0x95).contains(text[e + 2])
  }

  /// The small words inside place names (`am`, `an der`, `ob der`, `im`, `bei`).
  private static let placeNameLinks: [[UInt8]] = ["am", "an", "der", "im", "ob", "bei"].map {
    Array($0.utf8)
  }

  /// Whether `words` can be the place of a dateline: one to four words separated by spaces,
  /// the first and every word but `placeNameLinks` starting with a capital (`Moskau`,
  /// `Kiew/Moskau`, `Frankfurt am Main`).
  /// - Complexity: O(n) in the length of `words`.
  private static func isPlace(_ words: ArraySlice<UInt8>) -> Bool {
    let parts = words.split(separator: 0x20)
    guard (1...4).contains(parts.count) else { return false }
    return parts.indices.allSatisfy { index in
      let first = parts[index][parts[index].startIndex]
      let capital = first >= 0x41 && first <= 0x5A || first >= 0xC3
      return capital || (index > 0 && placeNameLinks.contains { $0.elementsEqual(parts[index]) })
    }
  }

  /// The year for a dateline `month`/`day`: the earliest such day on or after the latest absolute
  /// day- or month-level date elsewhere in the text.
  static func inferYear(_ utf8: [UInt8], month: Int, day: Int, exclude: Range<Int>) -> CalendarDay?
  {
    var latest: CalendarDay?
    for m in DateTagger().tag(utf8, documentDate: nil) {
      guard m.kind == "date", m.anchor == "absolute", m.start != exclude.lowerBound,
        m.granularity == "day" || m.granularity == "month", let s = m.rangeStart
      else { continue }
      if latest == nil || s > latest! { latest = s }
    }
    guard let l = latest else { return nil }
    for y in l.year...(l.year + 8) {
      if let c = CalendarDay(year: y, month: month, day: day), c >= l { return c }
    }
    return nil
  }

  /// The latest `month`/`day` on or before `reference`.
  static func latest(month: Int, day: Int, onOrBefore reference: CalendarDay?) -> CalendarDay? {
    guard let r = reference else { return nil }
    for y in stride(from: r.year, through: r.year - 8, by: -1) {
      if let c = CalendarDay(year: y, month: month, day: day), c <= r { return c }
    }
    return nil
  }
}
