/// Parts of years: seasons, quarters and halves.
extension DateScan {
  /// `Herbst 2023`, `im Herbst im vergangenen Jahr`, `im vergangenen Winter`, `im Sommer`.
  ///
  /// A bare season is the latest one begun by the DCT (the current one if the DCT falls in it);
  /// `vergangenen` skips the current one, `kommenden` is the first one not yet begun, `diesen`
  /// is the one of the DCT's year (for winter in January/February: the one begun last December).
  func parseSeason(at j: Int, prefix: Prefix) -> Core? {
    guard case .season(let season)? = word(j) else { return nil }
    if let (end, ref) = parseYearSpec(at: j + 1) {
      let (year, anchor) = resolve(ref)
      guard let y = year else {
        return Core(
          end: end, period: .unanchored(value: "XXXX-\(season.rawValue)", granularity: .season),
          anchor: .none)
      }
      return Core(end: end, period: .season(year: y, season: season), anchor: anchor)
    }
    let licensed: Bool
    switch prefix.preposition {
    case .im?, .seit?, .bis?, .ab?, .zum?, .vom?, .in?, .nach?, .vor?: licensed = true
    default: licensed = prefix.part != .none || prefix.relation != nil
    }
    guard licensed else { return nil }
    guard let d = dct else {
      return Core(
        end: j + 1, period: .unanchored(value: "XXXX-\(season.rawValue)", granularity: .season),
        anchor: .none)
    }
    // The latest season of this kind that has begun on or before the DCT.
    var begun =
      CalendarDay.firstDay(year: d.year, month: season.firstMonth) <= d ? d.year : d.year - 1
    let running =
      DatePeriod.season(year: begun, season: season).range(mod: .none).map {
        d <= $0.1
      } ?? false
    switch prefix.relation {
    case .last?: if running { begun -= 1 }
    case .next?: begun += 1
    case .this?: begun = season == .winter && d.month <= 2 ? d.year - 1 : d.year
    default:
      if direction(prefix, j, j + 1) == .future && !running { begun += 1 }
    }
    return Core(end: j + 1, period: .season(year: begun, season: season), anchor: .documentDate)
  }

  /// `im dritten Quartal 2023`, `im 3. Quartal`, `Q3 2023`, `in der ersten Jahreshälfte`,
  /// `im zweiten Halbjahr`, `in der ersten Hälfte des Jahres 2023`.
  func parseQuarterOrHalf(at j: Int, prefix: Prefix) -> Core? {
    var n: Int
    var k: Int
    if marker(j) == .quarterLetter, let v = number(j + 1, digits: 1...1), glued(j + 1) {
      guard (1...4).contains(v) else { return nil }
      return quarterOrHalf(.quarter, n: v, after: j + 2, requireYear: true, prefix: prefix)
    }
    if let v = number(j, digits: 1...1), isPunct(j + 1, 0x2E), glued(j + 1) {
      n = v
      k = j + 2
    } else if case .ordinal(let v)? = word(j) {
      n = v
      k = j + 1
    } else {
      return nil
    }
    switch word(k) {
    case .unit(.quarter, false)?:
      guard (1...4).contains(n) else { return nil }
      return quarterOrHalf(.quarter, n: n, after: k + 1, requireYear: false, prefix: prefix)
    case .unit(.half, false)?:
      guard (1...2).contains(n) else { return nil }
      return quarterOrHalf(.half, n: n, after: k + 1, requireYear: false, prefix: prefix)
    case .marker(.halfNoun)?:
      guard (1...2).contains(n) else { return nil }
      return quarterOrHalf(.half, n: n, after: k + 1, requireYear: true, prefix: prefix)
    default:
      return nil
    }
  }

  /// Quarter or half `n` with an optional (or required) year phrase at `after`.
  private func quarterOrHalf(
    _ unit: DatePeriod.Granularity, n: Int, after: Int, requireYear: Bool, prefix: Prefix
  ) -> Core? {
    let code = unit == .quarter ? "Q" : "H"
    func period(_ y: Int) -> DatePeriod {
      unit == .quarter ? .quarter(year: y, quarter: n) : .half(year: y, half: n)
    }
    if let (end, ref) = parseYearSpec(at: after) {
      let (year, anchor) = resolve(ref)
      guard let y = year else {
        return Core(
          end: end, period: .unanchored(value: "XXXX-\(code)\(n)", granularity: unit),
          anchor: .none)
      }
      return Core(end: end, period: period(y), anchor: anchor)
    }
    guard !requireYear else { return nil }
    let count = unit == .quarter ? 4 : 2
    guard let y = resolvePartOfYear(n, of: count, direction: direction(prefix, after - 1, after))
    else {
      return Core(
        end: after, period: .unanchored(value: "XXXX-\(code)\(n)", granularity: unit),
        anchor: .none)
    }
    return Core(end: after, period: period(y), anchor: .documentDate)
  }
}
