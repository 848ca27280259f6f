/// Gazetteer entry indices (ascending, distinct) by a name form, one of `NameResolver`'s levels.
///
/// Forms are looked up by their UTF-8 bytes in a `ByteKeyIndex`, which spares the resolver
/// `String` hashing (SipHash over the normalized text) for every name it does not know. Byte
/// equality is `String` equality when both sides are in composed form, which `isComposed` checks
/// cheaply: a form where it cannot tell, or an index holding such a form, is looked up in a
/// `String`-keyed copy instead, so results never depend on which path was taken.
struct NameIndex: Sendable {
  /// The forms, numbered as `entries`.
  private var forms = ByteKeyIndex()
  /// The entries of each form.
  private var entries: [[Int]] = []
  /// Each form as first added, numbered as `entries`.
  private var texts: [String] = []
  /// The entries by `String`, for forms that are not plainly composed; built by
  /// `finishAdding()` in one pass over the forms (kept up to date form by form, it hashed every
  /// form twice more per entry, most of the time of building a resolver).
  private var byString: [String: [Int]]?
  /// Whether every form added is plainly composed, so that bytes may stand for the form.
  private var composedForms = true

  /// An empty index.
  init() {}

  /// Adds entry `entry` under `form`; entries are added in ascending order. Call
  /// `finishAdding()` after the last.
  /// - Complexity: O(*n*) in the length of the form, amortized.
  mutating func add(_ entry: Int, under form: String) {
    var form = form
    let number = form.withUTF8 { bytes in
      composedForms = composedForms && Self.isComposed(bytes)
      return forms.add(bytes)
    }
    if number == entries.count {
      entries.append([])
      texts.append(form)
    }
    if entries[number].last != entry { entries[number].append(entry) }
    byString = nil
  }

  /// Builds the index by `String`; until then a lookup by `String` builds it afresh each time.
  /// - Complexity: O(total length of the forms).
  mutating func finishAdding() {
    byString = Self.stringIndex(texts, entries)
  }

  /// The entries of `form`, or `nil` when it is not a form of any.
  /// - Complexity: O(*n*) in the length of the form.
  func entries(of form: String) -> [Int]? {
    var form = form
    return form.withUTF8 { entries(of: $0) }
  }

  /// The entries of the form with these UTF-8 bytes, or `nil` when it is not a form of any.
  /// - Complexity: O(*n*) in the number of bytes.
  func entries(of bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
    guard composedForms, Self.isComposed(bytes) else {
      let form = String(decoding: bytes, as: UTF8.self)
      return (byString ?? Self.stringIndex(texts, entries))[form]
    }
    return forms.number(of: bytes).map { entries[$0] }
  }

  /// The entries of each form by `String`: forms that are equal as strings but not byte by byte
  /// (composed and decomposed spellings) share the union of their entries, ascending.
  /// - Complexity: O(total length of the forms).
  private static func stringIndex(_ texts: [String], _ entries: [[Int]]) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    index.reserveCapacity(texts.count)
    for number in texts.indices {
      index[texts[number], default: []].formAscendingUnion(entries[number])
    }
    return index
  }

  /// Whether valid UTF-8 `bytes` are certainly in Unicode normalization form C, and so equal as
  /// strings to another such text exactly when equal byte by byte. They may hold ASCII and the
  /// scalars of `U+0080`–`U+02FF` (Latin-1, Latin Extended, spacing modifiers), `U+0400`–`U+04FF`
  /// (Cyrillic, without `U+0480`–`U+0489`, which hold its combining marks), `U+1E00`–`U+1EFF` (Latin
  /// Extended Additional: `Hà Nội`) and `U+2002`–`U+207F` (spaces, dashes, quotes, without
  /// `U+2000` and `U+2001`, which have another canonical form). Nothing in these ranges combines
  /// with a neighbour or decomposes into another canonical form.
  /// - Complexity: O(*n*) in the number of bytes.
  static func isComposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard index + 1 < bytes.count else { return false }
      let second = bytes[index + 1]
      switch lead {
      case 0xC2...0xCB, 0xD0, 0xD1, 0xD3:
        index += 2
        continue
      case 0xD2 where second >= 0x8A:
        index += 2
        continue
      case 0xE1 where second >= 0xB8 && second <= 0xBB, 0xE2 where second == 0x81:
        break
      case 0xE2 where second == 0x80:
        guard index + 2 < bytes.count, bytes[index + 2] >= 0x82 else { return false }
      default:
        return false
      }
      guard index + 2 < bytes.count else { return false }
      index += 3
    }
    return true
  }
}

extension [Int] {
  /// Merges ascending, distinct `other` into these ascending, distinct numbers.
  /// - Complexity: O(*n* + *m*).
  fileprivate mutating func formAscendingUnion(_ other: [Int]) {
    guard !isEmpty else {
      self = other
      return
    }
    self = Array(Set(self).union(other)).sorted()
  }
}
