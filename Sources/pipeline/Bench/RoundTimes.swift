/// The seconds one measurement of `pipeline bench` took in each of its rounds.
///
/// A shared machine's load only ever adds time, so the median says what a run typically takes
/// and the best round comes closest to what the program itself needs.
struct RoundTimes: Equatable {
  /// The seconds of each round, in the order they were measured.
  private(set) var seconds: [Double] = []

  /// No rounds yet.
  init() {}

  /// The rounds `seconds`, in the order they were measured.
  init(_ seconds: [Double]) {
    self.seconds = seconds
  }

  /// Adds one round's seconds.
  mutating func add(_ value: Double) {
    seconds.append(value)
  }

  /// The number of rounds.
  var count: Int { seconds.count }

  /// The middle round's seconds; of an even number of rounds, the mean of the two middle ones.
  /// Zero without rounds.
  var median: Double {
    guard !seconds.isEmpty else { return 0 }
    let sorted = seconds.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The fastest round's seconds (zero without rounds).
  var best: Double { seconds.min() ?? 0 }

  /// The slowest round's seconds (zero without rounds).
  var slowest: Double { seconds.max() ?? 0 }
}
