/// A TIMEX3 modifier; the raw value is the `mod` column (empty when none).
enum DateMod: String, Sendable {
  case none = ""
  case start = "START"
  case mid = "MID"
  case end = "END"
  case approx = "APPROX"
  case before = "BEFORE"
  case after = "AFTER"
  case onOrAfter = "ON_OR_AFTER"
  case onOrBefore = "ON_OR_BEFORE"
  case moreThan = "MORE_THAN"
  case lessThan = "LESS_THAN"

  /// Whether this modifier names a part of the period (and so narrows its range).
  var isPart: Bool { self == .start || self == .mid || self == .end }
}
