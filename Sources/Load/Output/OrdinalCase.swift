import Transform

/// A small enumeration without payloads whose cases are counted and cached by their position
/// in `allCases`.
///
/// Such an enumeration is stored as its case number in declaration order (one byte for up to
/// 256 cases), which is also the order of `allCases`; `ordinal` reads that byte instead of
/// searching `allCases`, which would build the array on every call. `OrdinalCaseTests` checks
/// the two orders agree for every conforming type.
package protocol OrdinalCase: CaseIterable, RawRepresentable, Equatable, Sendable
where AllCases == [Self], RawValue == String {}

extension OrdinalCase {
  /// The case's position in `allCases`.
  @inline(__always)
  package var ordinal: Int {
    precondition(MemoryLayout<Self>.size == 1)
    return Int(unsafeBitCast(self, to: UInt8.self))
  }

  /// The case at `ordinal` in `allCases`, or `nil` when there is none.
  package init?(ordinal: Int) {
    guard Self.allCases.indices.contains(ordinal) else { return nil }
    self = Self.allCases[ordinal]
  }
}

extension EntityType: OrdinalCase {}
extension MentionForm: OrdinalCase {}
extension MentionMethod: OrdinalCase {}
extension MatchMethod: OrdinalCase {}
