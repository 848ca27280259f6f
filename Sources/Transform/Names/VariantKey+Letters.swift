/// Stage 1 of `VariantKey`: from UTF-8 to lowercase ASCII letter tokens.
extension VariantKey {
  /// One replacement per scalar of a block: 8 bytes each, the first the length, then the bytes.
  /// Length `separator` (0) splits tokens; `dropped` (0xFF) removes the scalar and joins.
  struct LetterTable: Sendable {
    /// The first scalar of the block.
    let base: UInt32
    /// 8 bytes per scalar of the block.
    let fold: [UInt8]
    /// 8 bytes per scalar, the transliteration the sound stage expects.
    let sound: [UInt8]
  }

  /// Marks a scalar that separates tokens.
  static let separator: UInt8 = 0
  /// Marks a scalar that is removed without separating (apostrophes, combining marks).
  static let dropped: UInt8 = 0xFF

  /// Letters with diacritics, `U+00C0`–`U+02FF`: letter, fold, sound form; `-` drops the letter.
  /// Uppercase forms are derived. Phonetic forms follow the source language's pronunciation
  /// (Turkish/Azerbaijani `ş ç c`, Czech/Polish `š ž ż č ć ř`).
  private static let latinSpec = """
    à a a|á a a|â a a|ã a a|ä a a|å a a|æ ae ae|ç c tsch|è e e|é e e|ê e e|ë e e|ì i i|í i i
    î i i|ï i i|ð d d|ñ n n|ò o o|ó o o|ô o o|õ o o|ö o o|ø o o|ù u u|ú u u|û u u|ü u u|ý y y
    ÿ y y|þ th th|ß ss ss|ā a a|ă a a|ą a a|ć c tsch|ĉ c tsch|ċ c c|č c tsch|ď d d|đ d d|ē e e
    ĕ e e|ė e e|ę e e|ě e e|ĝ g g|ğ g g|ġ g g|ģ g g|ĥ h h|ħ h h|ĩ i i|ī i i|ĭ i i|į i i|ı i i
    ĳ ij ij|ĵ j j|ķ k k|ĺ l l|ļ l l|ľ l l|ŀ l l|ł l l|ń n n|ņ n n|ň n n|ŋ n n|ō o o|ŏ o o|ő o o
    œ oe oe|ŕ r r|ŗ r r|ř r rzh|ś s s|ŝ s sh|ş s sh|š s sh|ţ t ts|ť t t|ŧ t t|ũ u u|ū u u|ŭ u u
    ů u u|ű u u|ų u u|ŵ w w|ŷ y y|ź z z|ż z zh|ž z zh|ſ s s|ǎ a a|ǐ i i|ǒ o o|ǔ u u|ǧ g g
    ǩ k k|ș s sh|ț t ts|ə a a|İ i i|ʼ - -|ʻ - -|ˈ - -
    """

  /// Cyrillic, `U+0400`–`U+04FF`: letter, fold (BGN-style English), sound form.
  /// `ь ъ ё г` are refined in code (glide before vowels, `o` after hushing, Ukrainian `h`).
  private static let cyrillicSpec = """
    а a a|б b b|в v v|г g g|д d d|е e e|ё e yo|ж zh zh|з z z|и i i|й y y|к k k|л l l|м m m
    н n n|о o o|п p p|р r r|с s s|т t t|у u u|ф f f|х kh kh|ц ts ts|ч ch tsch|ш sh sh
    щ shch shtsch|ъ - -|ы y y|ь - -|э e e|ю yu yu|я ya ya|є ye ye|і i i|ї yi yi|ґ g g|ў u u
    ә a a|ғ g g|қ k k|ң n n|ө o o|ұ u u|ү u u|һ h h|ӣ i i|ӯ u u|ҷ j zh|ҳ h h|ђ dj dzh|ј j y
    љ lj ly|њ nj ny|ћ c tsch|џ dz dzh|ѓ g g|ќ k k|ѕ dz dz
    """

  /// The table for `U+00C0`–`U+02FF`.
  static let latin = makeTable(base: 0xC0, count: 0x240, spec: latinSpec)
  /// The table for `U+0400`–`U+04FF`.
  static let cyrillic = makeTable(base: 0x400, count: 0x100, spec: cyrillicSpec)

  /// Parses a spec into a table, adding the uppercase form of every letter.
  /// - Complexity: O(*n*) in the length of the spec plus `count`.
  private static func makeTable(base: UInt32, count: Int, spec: String) -> LetterTable {
    var fold = [UInt8](repeating: 0, count: count * 8)
    var sound = [UInt8](repeating: 0, count: count * 8)
    func put(_ text: Substring, at slot: Int, in table: inout [UInt8]) {
      let bytes = Array(text.utf8)
      if bytes == [0x2D] {
        table[slot * 8] = dropped
        return
      }
      precondition(bytes.count <= 7, "replacement too long: \(text)")
      table[slot * 8] = UInt8(bytes.count)
      for (offset, byte) in bytes.enumerated() { table[slot * 8 + 1 + offset] = byte }
    }
    let items = spec.split(whereSeparator: { $0 == "|" || $0 == "\n" })
    for item in items {
      let parts = item.split(separator: " ")
      precondition(parts.count == 3, "bad letter spec: \(item)")
      let lower = parts[0].unicodeScalars.first!
      var scalars = [lower]
      let upper = String(lower).uppercased().unicodeScalars
      if upper.count == 1, let scalar = upper.first, scalar != lower { scalars.append(scalar) }
      for scalar in scalars {
        let slot = Int(scalar.value) - Int(base)
        guard slot >= 0, slot < count, fold[slot * 8] == separator else { continue }
        put(parts[1], at: slot, in: &fold)
        put(parts[2], at: slot, in: &sound)
      }
    }
    return LetterTable(base: base, fold: fold, sound: sound)
  }

  /// Writes the letters of `input` as lowercase ASCII tokens separated by single spaces into
  /// `out` (capacity at least 3 × input count) and returns the number of bytes written.
  /// - Complexity: O(*n*) in the number of input bytes.
  static func transliterate(
    _ input: UnsafeBufferPointer<UInt8>, phonetic: Bool, into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var umlauts = 0
    return transliterate(input, phonetic: phonetic, into: out, umlauts: &umlauts)
  }

  /// `transliterate(_:phonetic:into:)`, also counting the German letters `ä ö ü ß` in
  /// `umlauts` (evidence for reading the name as German).
  /// - Complexity: O(*n*) in the number of input bytes.
  static func transliterate(
    _ input: UnsafeBufferPointer<UInt8>, phonetic: Bool,
    into out: UnsafeMutableBufferPointer<UInt8>,
    umlauts: inout Int
  ) -> Int {
    var n = 0
    var pendingSpace = false
    var afterHushing = false
    var ukrainian: Bool? = nil
    var i = 0
    @inline(__always) func emit(_ byte: UInt8) {
      if pendingSpace {
        if n > 0 {
          out[n] = 0x20
          n += 1
        }
        pendingSpace = false
      }
      out[n] = byte
      n += 1
    }
    @inline(__always) func emit(from table: [UInt8], slot: Int) {
      let length = table[slot * 8]
      if length == dropped { return }
      if length == separator {
        pendingSpace = true
        return
      }
      for offset in 0..<Int(length) { emit(table[slot * 8 + 1 + offset]) }
    }
    while i < input.count {
      let byte = input[i]
      if byte < 0x80 {
        // ASCII fast path: letters and digits have bit 0x20 set once lowercased.
        let lower = byte | 0x20
        if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          if pendingSpace {
            if n > 0 {
              out[n] = 0x20
              n += 1
            }
            pendingSpace = false
          }
          out[n] = lower
          n += 1
        } else if byte != 0x27 && byte != 0x60 {
          pendingSpace = true
        }
        afterHushing = false
        i += 1
        continue
      }
      let (scalar, length) = decode(input, at: i)
      i += length
      if scalar >= 0xC0 && scalar < 0x300 {
        switch scalar {
        case 0xE4, 0xF6, 0xFC, 0xDF, 0xC4, 0xD6, 0xDC: umlauts += 1
        default: break
        }
        emit(from: phonetic ? latin.sound : latin.fold, slot: Int(scalar - 0xC0))
        afterHushing = false
      } else if scalar >= 0x300 && scalar < 0x370 || scalar == 0xAD || scalar == 0x2018
        || scalar == 0x2019 || scalar == 0xB4
      {
        continue
      } else if scalar >= 0x400 && scalar < 0x500 {
        let lower = scalar >= 0x410 && scalar < 0x430 ? scalar + 0x20 : scalar
        if phonetic {
          switch lower {
          case 0x44A, 0x44C, 0x42A, 0x42C:
            let (next, _) = i < input.count ? decode(input, at: i) : (0, 0)
            if isCyrillicVowel(next) { emit(0x79) }
          case 0x451, 0x401:
            if !afterHushing { emit(0x79) }
            emit(0x6F)
          case 0x433:
            if ukrainian == nil { ukrainian = containsUkrainianLetter(input) }
            emit(ukrainian == true ? 0x68 : 0x67)
          default:
            emit(from: cyrillic.sound, slot: Int(scalar - 0x400))
          }
        } else {
          emit(from: cyrillic.fold, slot: Int(scalar - 0x400))
        }
        afterHushing = lower == 0x436 || lower == 0x447 || lower == 0x448 || lower == 0x449
      } else {
        pendingSpace = true
        afterHushing = false
      }
    }
    return n
  }

  /// Whether `scalar` is a Cyrillic vowel that a soft or hard sign before it turns into a glide.
  private static func isCyrillicVowel(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x435, 0x415, 0x451, 0x401, 0x44E, 0x42E, 0x44F, 0x42F, 0x438, 0x418, 0x43E, 0x41E,
      0x454, 0x404, 0x456, 0x406, 0x457, 0x407:
      true
    default: false
    }
  }

  /// Whether the bytes contain a letter only Ukrainian uses (`і ї є ґ`), in which `г` is `h`.
  /// - Complexity: O(*n*) in the number of bytes.
  private static func containsUkrainianLetter(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 1 < input.count {
      let first = input[i]
      let second = input[i + 1]
      if first == 0xD1 && (second == 0x94 || second == 0x96 || second == 0x97) { return true }
      if first == 0xD0 && (second == 0x84 || second == 0x86 || second == 0x87) { return true }
      if first == 0xD2 && (second == 0x90 || second == 0x91) { return true }
      i += 1
    }
    return false
  }

  /// The scalar starting at `i` and its length in bytes; malformed bytes decode as `U+FFFD`
  /// of length 1.
  @inline(__always)
  private static func decode(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let lead = input[i]
    let count = input.count
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead >= 0xC2 && lead < 0xE0 && i + 1 < count && input[i + 1] & 0xC0 == 0x80 {
      return (UInt32(lead & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F), 2)
    }
    if lead >= 0xE0 && lead < 0xF0 && i + 2 < count && input[i + 1] & 0xC0 == 0x80
      && input[i + 2] & 0xC0 == 0x80
    {
      return (
        UInt32(lead & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F),
        3
      )
    }
    if lead >= 0xF0 && lead < 0xF5 && i + 3 < count && input[i + 1] & 0xC0 == 0x80
      && input[i + 2] & 0xC0 == 0x80 && input[i + 3] & 0xC0 == 0x80
    {
      return (0x10000, 4)
    }
    return (0xFFFD, 1)
  }
}
