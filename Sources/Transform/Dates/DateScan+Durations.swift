/// Durations, counts relative to the DCT, sets and vague references.
extension DateScan {
  /// `drei Jahre (lang)`, `seit zwei Wochen`, `mehr als einem Jahr`, `ein halbes Jahr`
  /// (durations); `vor zwei Wochen`, `in drei Tagen` (dates relative to the DCT);
  /// `vor einigen Jahren` (`PAST_REF`), `in einigen Jahren` (`FUTURE_REF`).
  func parseCount(at j: Int, prefix: Prefix) -> Core? {
    var k = j
    var mod = DateMod.none
    switch marker(k) {
    case .more?:
      mod = .moreThan
      k += marker(k + 1) == .than ? 2 : 1
    case .less?:
      guard marker(k + 1) == .than else { return nil }
      mod = .lessThan
      k += 2
    case .almost?:
      mod = .lessThan
      k += 1
    case .about?:
      mod = .approx
      k += 1
    default:
      break
    }
    // The amount in tenths, or nil for a vague amount (`einige`, `ein paar`).
    var tenths: Int?
    switch word(k) {
    case .cardinal(let n)?:
      k += 1
      if n == 1, marker(k) == .half {
        tenths = 5
        k += 1
      } else if n == 1, case .cardinal(0)? = word(k) {
        tenths = nil
        k += 1
      } else {
        tenths = n == 0 ? nil : n * 10
      }
    case .marker(.oneAndHalf)?:
      tenths = 15
      k += 1
    case .marker(.half)?:
      tenths = 5
      k += 1
    default:
      guard let n = number(k, digits: 1...3), !isPunct(k + 1, 0x2E) || !glued(k + 1) else {
        return nil
      }
      if isPunct(k - 1, 0x2E) || isPunct(k - 1, 0x2C), glued(k) { return nil }
      tenths = n * 10
      k += 1
    }
    guard case .unit(let unit, _)? = word(k) else { return nil }
    var end = k + 1
    if marker(end) == .long { end += 1 }
    let unitCount = tenths.map { $0 / 10 }
    switch prefix.preposition {
    case .vor? where prefix.part == .none && unit != .half:
      guard let n = unitCount, tenths! % 10 == 0 else {
        return Core(end: k + 1, kind: .reference, value: "PAST_REF", granularity: unit.rawValue)
      }
      var core = shifted(unit == .quarter ? .month : unit, by: unit == .quarter ? -3 * n : -n)
      core.end = k + 1
      core.mod = mod == .approx ? .approx : .none
      core.consumesPreposition = true
      return core
    case .in? where prefix.first + 1 == j && unit != .half:
      guard let n = unitCount, tenths! % 10 == 0 else {
        return Core(end: k + 1, kind: .reference, value: "FUTURE_REF", granularity: unit.rawValue)
      }
      var core = shifted(unit == .quarter ? .month : unit, by: unit == .quarter ? 3 * n : n)
      core.end = k + 1
      core.mod = mod == .approx ? .approx : .none
      core.consumesPreposition = true
      return core
    default:
      break
    }
    return Core(
      end: end, kind: .duration, value: durationValue(tenths: tenths, unit: unit),
      granularity: unit.rawValue, mod: mod)
  }

  /// `P3Y`, `P6M` for half a year, `P18M`, `P2DE`, `PXY` for a vague amount.
  func durationValue(tenths: Int?, unit: DatePeriod.Granularity) -> String {
    guard var t = tenths else { return "PX" + durationLetter(unit) }
    var u = unit
    switch unit {
    case .quarter:
      t *= 3
      u = .month
    case .half:
      t *= 6
      u = .month
    default:
      break
    }
    if t % 10 != 0 {
      switch u {
      case .year: return "P\(t * 12 / 10)M"
      case .decade: return "P\(t)Y"
      case .century: return "P\(t * 10)Y"
      case .day: return "PT\(t * 24 / 10)H"
      case .week: return "P\(t * 7 / 10)D"
      default: return "P\(t / 10).\(t % 10)" + durationLetter(u)
      }
    }
    return "P\(t / 10)" + durationLetter(u)
  }

  /// `jeden Montag` (`XXXX-WXX-1`), `jedes Jahr` (`P1Y`), `jeden Mai` (`XXXX-05`),
  /// `alle zwei Wochen` (`P2W`), all of kind `set`.
  func parseSet(at j: Int) -> Core? {
    if marker(j) == .all {
      guard case .cardinal(let n)? = word(j + 1), n > 0, case .unit(let u, true)? = word(j + 2)
      else { return nil }
      return Core(
        end: j + 3, kind: .set, value: "P\(n)" + durationLetter(u), granularity: u.rawValue)
    }
    switch word(j + 1) {
    case .weekday(let w)?:
      return Core(end: j + 2, kind: .set, value: "XXXX-WXX-\(w)", granularity: "day")
    case .month(let m)?:
      return Core(end: j + 2, kind: .set, value: "XXXX-\(two(m))", granularity: "month")
    case .unit(let u, false)?:
      return Core(end: j + 2, kind: .set, value: "P1" + durationLetter(u), granularity: u.rawValue)
    case .weekend?:
      return Core(end: j + 2, kind: .set, value: "XXXX-WXX-WE", granularity: "week")
    default:
      return nil
    }
  }

  /// `derzeit` (`PRESENT_REF`), `damals` (`PAST_REF`), `in Zukunft` (`FUTURE_REF`),
  /// `jahrelang` (`PXY`), `täglich` (set `P1D`), `montags` (set `XXXX-WXX-1`).
  func parseVague(at j: Int, prefix: Prefix) -> Core? {
    switch word(j) {
    case .reference(let v)?:
      return Core(end: j + 1, kind: .reference, value: v.rawValue)
    case .vagueDuration(let u)?:
      return Core(
        end: j + 1, kind: .duration, value: "PX" + durationLetter(u), granularity: u.rawValue)
    case .frequency(let u)?:
      return Core(end: j + 1, kind: .set, value: "P1" + durationLetter(u), granularity: u.rawValue)
    case .weekdayAdverb(let w)?:
      return Core(end: j + 1, kind: .set, value: "XXXX-WXX-\(w)", granularity: "day")
    case .marker(.future)?:
      guard prefix.preposition == .in else { return nil }
      return Core(end: j + 1, kind: .reference, value: "FUTURE_REF")
    case .marker(.past)?:
      guard prefix.preposition == .in else { return nil }
      return Core(end: j + 1, kind: .reference, value: "PAST_REF")
    default:
      return nil
    }
  }
}
