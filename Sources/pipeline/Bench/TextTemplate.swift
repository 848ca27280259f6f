/// A sentence or line of a sample article with the spots marked that vary from one generated
/// article to the next: person names, surnames, years, days, months and other numbers.
///
/// Built by `TextTemplate(parsing:vocabulary:)`; `render(into:varying:)` writes one variant.
struct TextTemplate: Sendable, Equatable {
  /// One stretch of the template.
  enum Piece: Sendable, Equatable {
    /// Bytes written as they are.
    case text([UInt8])
    /// A given name followed by a surname (`Sergej Lawrow`), `genitive` when an `s` follows.
    case person(given: [UInt8], surname: [UInt8], genitive: Bool)
    /// A surname on its own (`Lawrow`, `Lawrows`) of a person named somewhere in the samples.
    case surname([UInt8], genitive: Bool)
    /// A year between 1900 and 2039 (`2022`).
    case year(Int)
    /// The year of a decade (`1990` in `1990er-Jahre`).
    case decade
    /// A day of the month before a month name or in a numeric date (`3` in `3. Juli`).
    case day
    /// A German month name (index 0 is `Januar`).
    case month(Int)
    /// A month number in a numeric date (`03` in `14.03.2024`), `width` digits.
    case monthNumber(width: Int)
    /// Any other number: `count` digits, the first one zero only when `leadingZero`.
    case digits(count: Int, leadingZero: Bool)
  }

  /// The stretches in order.
  var pieces: [Piece]

  /// The German month names the templates recognize and write.
  static let monthNames: [[UInt8]] = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
  ].map { Array($0.utf8) }

  /// The surnames of the template's `person` pieces.
  var personSurnames: [[UInt8]] {
    pieces.compactMap { piece in
      if case .person(_, let surname, _) = piece { return surname }
      return nil
    }
  }

  /// The given names of the template's `person` pieces.
  var personGivenNames: [[UInt8]] {
    pieces.compactMap { piece in
      if case .person(let given, _, _) = piece { return given }
      return nil
    }
  }

  /// Appends one variant of the template to `out`, drawing its choices from `variation`.
  /// - Complexity: O(n) in the length of the template.
  func render(into out: inout [UInt8], varying variation: inout ArticleVariation) {
    for piece in pieces {
      switch piece {
      case .text(let bytes):
        out += bytes
      case .person(let given, let surname, let genitive):
        if let replacement = variation.replacement(forSurname: surname) {
          out += replacement.given
          out.append(0x20)
          out += replacement.surname
        } else {
          out += given
          out.append(0x20)
          out += surname
        }
        if genitive { out.append(UInt8(ascii: "s")) }
      case .surname(let surname, let genitive):
        out += variation.replacement(forSurname: surname)?.surname ?? surname
        if genitive { out.append(UInt8(ascii: "s")) }
      case .year(let year):
        Self.appendNumber(min(max(year + variation.yearShift, 1950), 2030), width: 4, to: &out)
      case .decade:
        Self.appendNumber(1950 + 10 * variation.random.below(7), width: 4, to: &out)
      case .day:
        Self.appendNumber(1 + variation.random.below(28), width: 1, to: &out)
      case .month(let index):
        let month = variation.random.chance(50) ? variation.random.below(12) : index
        out += Self.monthNames[month]
      case .monthNumber(let width):
        Self.appendNumber(1 + variation.random.below(12), width: width, to: &out)
      case .digits(let count, let leadingZero):
        for position in 0..<count {
          let lowest = position == 0 && !leadingZero && count > 1 ? 1 : 0
          out.append(UInt8(ascii: "0") + UInt8(lowest + variation.random.below(10 - lowest)))
        }
      }
    }
  }

  /// Appends `value` in decimal, zero-padded to at least `width` digits.
  static func appendNumber(_ value: Int, width: Int, to out: inout [UInt8]) {
    var digits: [UInt8] = []
    var rest = value
    repeat {
      digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    while digits.count < width { digits.append(UInt8(ascii: "0")) }
    out += digits.reversed()
  }
}
