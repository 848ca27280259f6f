#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One record of an `ExternalSorter`: sorted by `primary`, then `secondary` (both compared as
/// bytes), and carrying `value` along.
struct SpillRecord: Equatable {
  /// The first sort key.
  var primary: [UInt8]
  /// The second sort key.
  var secondary: [UInt8]
  /// What the record carries.
  var value: [UInt8]

  /// The bytes the record takes in memory and in a run file, roughly.
  var size: Int { primary.count + secondary.count + value.count + 64 }

  /// Whether `self` sorts before `other` (keys only).
  func precedes(_ other: SpillRecord) -> Bool {
    let first = Self.compare(primary, other.primary)
    return first != 0 ? first < 0 : Self.compare(secondary, other.secondary) < 0
  }

  /// Negative, zero or positive as `a` sorts before, with or after `b` (bytes, then length).
  static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
    let common = min(a.count, b.count)
    let order = a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        common == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, common))
      }
    }
    return order != 0 ? order : a.count - b.count
  }
}
