import Extract

/// How often each case of a small enumeration occurred, one count per case held inline, so
/// counting allocates nothing.
package struct CaseCounts<Value: OrdinalCase>: Sendable, Equatable {
  /// The most cases an enumeration may have to be counted here.
  package static var capacity: Int { 8 }

  /// The counts, by the case's `ordinal`.
  private var counts = InlineArray<8, Int>(repeating: 0)

  /// No counts. (`OrdinalCaseTests` checks every counted enumeration fits `capacity`.)
  package init() {}

  /// How often `value` occurred.
  package subscript(_ value: Value) -> Int { counts[value.ordinal] }

  /// Counts `value` `count` more times.
  @inline(__always)
  package mutating func add(_ value: Value, count: Int = 1) {
    counts[value.ordinal] += count
  }

  /// Adds every count of `other`.
  package mutating func add(_ other: CaseCounts) {
    for index in 0..<Self.capacity { counts[index] += other.counts[index] }
  }

  /// The cases that occurred, with their counts, in the order of `allCases`.
  package var nonzero: [(value: Value, count: Int)] {
    Value.allCases.compactMap { value in
      let count = counts[value.ordinal]
      return count > 0 ? (value, count) : nil
    }
  }

  /// The most frequent case, ties going to the raw value first in UTF-8 byte order; `nil` when
  /// nothing was counted.
  package var top: Value? {
    var best: Value?
    for value in Value.allCases {
      let count = counts[value.ordinal]
      guard count > 0 else { continue }
      if let current = best {
        let bestCount = counts[current.ordinal]
        guard
          count > bestCount
            || (count == bestCount && UTF8Order.precedes(value.rawValue, current.rawValue))
        else { continue }
      }
      best = value
    }
    return best
  }

  /// Whether two tallies hold the same counts.
  package static func == (lhs: CaseCounts, rhs: CaseCounts) -> Bool {
    (0..<capacity).allSatisfy { lhs.counts[$0] == rhs.counts[$0] }
  }
}
