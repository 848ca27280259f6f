/// The few German endings a name takes in news text, for matching names to their base forms.
package enum GermanInflection {
  /// The base of a genitive name: `russlands` → `russland`, `moskaus` → `moskau`, `kremls` →
  /// `kreml`; `nil` when the word has no genitive ending or would get too short (`irans` is fine,
  /// `us` is not).
  package static func genitiveBase(_ word: [UInt8]) -> [UInt8]? {
    guard word.count >= 4, word.last == UInt8(ascii: "s") else { return nil }
    let base = Array(word.dropLast())
    // `-ss` (Russ…) and `-'s` forms are not genitives of a base ending in s.
    if base.last == UInt8(ascii: "s") { return nil }
    return base
  }

  /// Whether `word` is `base` with an ending of a German adjective or genitive
  /// (`-s`, `-es`, `-n`, `-en`, `-r`, `-er`, `-m`, `-em`): `europäischen` of `europäische`,
  /// `vertrags` of `vertrag`.
  package static func isInflection(_ word: [UInt8], of base: [UInt8]) -> Bool {
    guard word.count > base.count, word.count <= base.count + 2, word.starts(with: base) else {
      return false
    }
    // One of s n r m, alone or after an e (compared byte by byte: a list of ending arrays was
    // allocated on every call).
    let last = word[word.count - 1]
    guard last == 0x73 || last == 0x6E || last == 0x72 || last == 0x6D else { return false }
    return word.count == base.count + 1 || word[word.count - 2] == 0x65
  }

  /// The base (`-e`) form of an inflected adjective that opens a name: `europäischen` →
  /// `europäische`, `russischer` → `russische`; `nil` when there is no such ending.
  package static func adjectiveBase(_ word: [UInt8]) -> [UInt8]? {
    hasWeakAdjectiveEnding(word[...]) ? Array(word.dropLast()) : nil
  }

  /// Whether `word` has the ending `adjectiveBase(_:)` removes (`-en -er -em -es` after at
  /// least three bytes).
  package static func hasWeakAdjectiveEnding(_ word: ArraySlice<UInt8>) -> Bool {
    guard word.count > 4, word[word.endIndex - 2] == UInt8(ascii: "e") else { return false }
    let last = word[word.endIndex - 1]
    return last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "m")
      || last == UInt8(ascii: "s")
  }

  /// The stem of an inflected German adjective: `russische` → `russisch`, `kasachischen` →
  /// `kasachisch`; `nil` when the word has no adjective ending.
  package static func adjectiveStem(_ word: [UInt8]) -> [UInt8]? {
    // The endings -en -er -es -em, then -e, each after at least four letters; compared byte by
    // byte (a list of ending arrays was allocated on every call).
    let count = word.count
    if count > 5, word[count - 2] == 0x65,
      word[count - 1] == 0x6E || word[count - 1] == 0x72 || word[count - 1] == 0x73
        || word[count - 1] == 0x6D
    {
      return Array(word[..<(count - 2)])
    }
    if count > 4, word[count - 1] == 0x65 { return Array(word[..<(count - 1)]) }
    return nil
  }
}
