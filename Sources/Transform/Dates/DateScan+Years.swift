/// Years, year phrases after months and seasons, decades and centuries.
extension DateScan {
  /// A year phrase at `k`: `2023`, `2022/23`, `des Jahres 2022`, `letzten Jahres`,
  /// `im vergangenen Jahr`, `dieses Jahres`, `des Vorjahres`, `des Jahres`.
  func parseYearSpec(at k: Int) -> (end: Int, year: YearRef)? {
    if let y = number(k, digits: 4...4), (1000...2099).contains(y), isYearShaped(at: k) {
      return (yearEnd(at: k), .absolute(y))
    }
    var i = k
    if marker(i) == .im { i += 1 }
    if isArticle(i) { i += 1 }
    if case .unit(.year, false)? = word(i) {
      if let y = number(i + 1, digits: 4...4), (1000...2099).contains(y), isYearShaped(at: i + 1) {
        return (yearEnd(at: i + 1), .absolute(y))
      }
      // Only the genitive `des Jahres` refers to the current year without a number.
      if i == k + 1, marker(k) == .des {
        return (i + 1, .relative(0))
      }
      return nil
    }
    if case .previousUnit(.year)? = word(i) { return (i + 1, .relative(-1)) }
    if let m = marker(i), m == .this || m == .last || m == .next,
      case .unit(.year, false)? = word(i + 1)
    {
      return (i + 2, .relative(m == .this ? 0 : (m == .last ? -1 : 1)))
    }
    return nil
  }

  /// The index after a year at `k`, consuming a glued `/23` of a split year.
  func yearEnd(at k: Int) -> Int {
    if isPunct(k + 1, 0x2F), glued(k + 1), number(k + 2, digits: 2...2) != nil, glued(k + 2) {
      return k + 3
    }
    return k + 1
  }

  /// Whether the number at `k` stands alone (not part of `11.000`, `12,5`, `3:1`, a phone number).
  func isYearShaped(at k: Int) -> Bool {
    if glued(k), k >= 1 {
      let p = tokens[k - 1]
      if p.kind == .number { return false }
      if p.kind == .punct, p.symbol != 0x28, p.symbol != 0x22, number(k - 2) != nil {
        // `2014–2016`: the second year of a range.
        let range = p.symbol == 0x2D && (1000...2099).contains(number(k - 2, digits: 4...4) ?? 0)
        if !range { return false }
      }
    }
    if continuesNumber(after: k) {
      // A split year `2022/23` or a year range `2014–2016` is fine.
      if isPunct(k + 1, 0x2F) && number(k + 2, digits: 2...2) != nil { return true }
      guard isPunct(k + 1, 0x2D), let n = number(k + 2, digits: 4...4), (1000...2099).contains(n)
      else { return false }
      return !continuesNumber(after: k + 2)
    }
    if number(k + 1) != nil { return false }
    // A number before, as in a phone number `030 2023`, unless glued to a label (`Q3 2023`).
    if k >= 1, tokens[k - 1].kind == .number, !glued(k), k < 2 || !glued(k - 1) { return false }
    if marker(k + 1) == .quantityNoun { return false }
    return true
  }

  /// A year number: after a cue (`seit 2014`, `bis 2030`) any year 1000–2099; alone only
  /// 1900–2099 and only when it reads as a year (`schloss 1993 ihre Grenze`, `2020.`), not as a
  /// quantity or code (`1993 Soldaten`, `Flight 8243`, `Paragraf 2021`, `rund 2000`).
  func parseYearCore(at j: Int, prefix: Prefix) -> Core? {
    guard let y = number(j, digits: 4...4), (1000...2099).contains(y), isYearShaped(at: j)
    else { return nil }
    let cued = prefix.cued || prefix.preposition != nil || prefix.part != .none
    if cued {
      if prefix.preposition == .fuer || prefix.preposition == .innerhalb { return nil }
      return Core(end: yearEnd(at: j), period: .year(y))
    }
    guard y >= 1900 else { return nil }
    if let m = marker(j - 1) {
      switch m {
      case .numberBlocker, .more, .less, .than, .almost, .about, .zu, .quantityNoun:
        return nil
      default: break
      }
    }
    if j >= 1, tokens[j - 1].kind == .word, tokens[j - 1].word == nil,
      tokens[j - 1].end - tokens[j - 1].start <= 3, tokens[j - 1].capitalized
    {
      // `Nr`, `Su`, `A`: short capitalised labels before codes.
      return nil
    }
    if j + 1 < tokens.count {
      let n = tokens[j + 1]
      if n.isPunct(0x25) || n.isPunct(0x2B) { return nil }
      if n.kind == .word, n.capitalized, !n.newlineBefore {
        switch n.word {
        case .month?, .monthAbbreviation?, .weekday?: break
        default: return nil
        }
      }
    }
    return Core(end: yearEnd(at: j), period: .year(y))
  }

  /// `1990er Jahre`, `1990er-Jahren`, `90er`, `Neunzigerjahren`, `neunziger Jahre`.
  func parseDecade(at j: Int) -> Core? {
    var decade: Int
    var end: Int
    if let n = number(j, digits: 2...4), marker(j + 1) == .decadeSuffix, glued(j + 1) {
      if tokens[j].digits == 4 {
        guard n % 10 == 0, (1000...2090).contains(n) else { return nil }
        decade = n / 10
      } else if tokens[j].digits == 2, n % 10 == 0 {
        decade = n <= 10 ? 200 + n / 10 : 190 + n / 10
      } else {
        return nil
      }
      end = j + 2
    } else if case .decadeWord(let d, let withUnit)? = word(j) {
      decade = 190 + d
      end = j + 1
      if withUnit { return Core(end: end, period: .decade(decade)) }
    } else {
      return nil
    }
    if isPunct(end, 0x2D), glued(end), case .unit(.year, true)? = word(end + 1), glued(end + 1) {
      end += 2
    } else if case .unit(.year, true)? = word(end) {
      end += 1
    }
    return Core(end: end, period: .decade(decade))
  }

  /// `im 20. Jahrhundert` (`19`), `des zwanzigsten Jahrhunderts`.
  func parseCentury(at j: Int) -> Core? {
    var n: Int
    var k: Int
    if let v = number(j, digits: 1...2), isPunct(j + 1, 0x2E), glued(j + 1) {
      n = v
      k = j + 2
    } else if case .ordinal(let v)? = word(j) {
      n = v
      k = j + 1
    } else {
      return nil
    }
    guard (1...21).contains(n), case .unit(.century, false)? = word(k) else { return nil }
    return Core(end: k + 1, period: .century(n - 1))
  }
}
