import Transform

/// A small enumeration without payloads whose cases are counted and cached by their position
/// in `allCases`.
///
/// Such an enumeration is stored as its case number in declaration order (one byte for up to
/// 256 cases), which is also the order of `allCases`; `ordinal` reads that byte instead of
/// searching `allCases`, which would build the array on every call, and `init(ordinal:)` writes
/// it back. `OrdinalCaseTests` checks the two orders agree for every conforming type.
package protocol OrdinalCase: CaseIterable, RawRepresentable, Equatable, Sendable
where AllCases == [Self], RawValue == String {
  /// `allCases.count`, kept so that decoding a case does not build `allCases`.
  static var caseCount: Int { get }
}

extension OrdinalCase {
  /// The case's position in `allCases`.
  @inline(__always)
  package var ordinal: Int {
    precondition(MemoryLayout<Self>.size == 1)
    return Int(unsafeBitCast(self, to: UInt8.self))
  }

  /// The case at `ordinal` in `allCases`, or `nil` when there is none.
  package init?(ordinal: Int) {
    guard (0..<Self.caseCount).contains(ordinal) else { return nil }
    precondition(MemoryLayout<Self>.size == 1)
    self = unsafeBitCast(UInt8(ordinal), to: Self.self)
  }
}

extension EntityType: OrdinalCase {
  /// The number of cases.
  package static let caseCount = allCases.count
}

extension MentionForm: OrdinalCase {
  /// The number of cases.
  package static let caseCount = allCases.count
}

extension MentionMethod: OrdinalCase {
  /// The number of cases.
  package static let caseCount = allCases.count
}

extension MatchMethod: OrdinalCase {
  /// The number of cases.
  package static let caseCount = allCases.count
}
