#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The order of strings by their UTF-8 bytes, the order every table and listing uses (`String`'s
/// own `<` compares normalized characters, which is slower and can call two spellings equal).
package enum UTF8Order {
  /// Whether the bytes of `first` sort before those of `second`.
  /// - Complexity: O(*n*) in the shorter length, with `memcmp`.
  package static func precedes(_ first: String, _ second: String) -> Bool {
    var first = first
    var second = second
    return first.withUTF8 { a in
      second.withUTF8 { b in
        let shared = min(a.count, b.count)
        let order = shared == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shared)
        return order != 0 ? order < 0 : a.count < b.count
      }
    }
  }
}
