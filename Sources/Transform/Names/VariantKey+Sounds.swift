/// Stage 2 of `VariantKey`: from lowercase ASCII letter tokens to sound classes (see the table
/// in `VariantKey.swift`).
extension VariantKey {
  /// Internal one-byte codes for the sound classes written with two letters in the key.
  enum Sound {
    /// `sh`: ш/ж written sch, sh, zh, ž, dsch, dzh, English j.
    static let sh: UInt8 = 0x53
    /// `ch`: ч written tsch, tch, č, English ch.
    static let ch: UInt8 = 0x43
    /// `kh`: х written kh, h, German ch.
    static let kh: UInt8 = 0x58
    /// `y`: a glide after a consonant before a vowel (ь, й, я, ю, е written j, y or i).
    static let glide: UInt8 = 0x59
  }

  // ASCII letters used by the rules.
  private static let a: UInt8 = 0x61, c: UInt8 = 0x63, d: UInt8 = 0x64, e: UInt8 = 0x65
  private static let f: UInt8 = 0x66, g: UInt8 = 0x67, h: UInt8 = 0x68, i: UInt8 = 0x69
  private static let j: UInt8 = 0x6A, k: UInt8 = 0x6B, o: UInt8 = 0x6F, p: UInt8 = 0x70
  private static let q: UInt8 = 0x71, s: UInt8 = 0x73, t: UInt8 = 0x74, u: UInt8 = 0x75
  private static let v: UInt8 = 0x76, w: UInt8 = 0x77, x: UInt8 = 0x78, y: UInt8 = 0x79
  private static let z: UInt8 = 0x7A, space: UInt8 = 0x20

  /// Whether a letter or code is one of `a e i o u`.
  @inline(__always)
  static func isVowel(_ byte: UInt8) -> Bool {
    byte == a || byte == e || byte == i || byte == o || byte == u
  }

  /// Whether a letter is `a e o u`: the vowels a glide can precede (before `i` it is silent).
  @inline(__always)
  private static func isFullVowel(_ byte: UInt8) -> Bool {
    byte == a || byte == e || byte == o || byte == u
  }

  /// Whether a code is a consonant (not a vowel, not a glide, not the token start).
  @inline(__always)
  private static func isConsonant(_ code: UInt8) -> Bool {
    code != 0 && code != Sound.glide && !isVowel(code)
  }

  /// Whether the letters are more likely an English than a German transliteration, counting
  /// English markers (`v`, `sh`, `zh`, `kh`, `y` before a vowel) against German ones (`w`, `sch`,
  /// and `germanLetters`, the number of `ä ö ü ß` seen before folding).
  /// - Complexity: O(*n*) in the number of letters.
  static func readsAsEnglish(_ letters: UnsafeBufferPointer<UInt8>, germanLetters: Int) -> Bool {
    var german = germanLetters
    var english = 0
    let count = letters.count
    var index = 0
    while index < count {
      let letter = letters[index]
      let next = index + 1 < count ? letters[index + 1] : 0
      switch letter {
      case w: german += 1
      case v: english += 1
      case s:
        if next == h {
          english += 1
        } else if next == c && index + 2 < count && letters[index + 2] == h {
          german += 1
        }
      case z, k: if next == h { english += 1 }
      case y: if isFullVowel(next) { english += 1 }
      default: break
      }
      index += 1
    }
    return english > german
  }

  /// Writes the sound codes of space-separated letter tokens into `out` (capacity at least twice
  /// the input) and returns the number of bytes written.
  /// - Complexity: O(*n*) in the number of letters.
  static func encode(
    _ letters: UnsafeBufferPointer<UInt8>, english: Bool,
    into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var n = 0
    var start = 0
    while start < letters.count {
      var end = start
      while end < letters.count && letters[end] != space { end += 1 }
      if n > 0 {
        out[n] = space
        n += 1
      }
      n = encodeToken(letters, from: start, to: end, english: english, into: out, at: n)
      start = end + 1
    }
    return n
  }

  /// Encodes one token `letters[from..<to]` at `out[at...]` and returns the new end of `out`.
  /// - Complexity: O(*n*) in the token length.
  private static func encodeToken(
    _ letters: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, english: Bool,
    into out: UnsafeMutableBufferPointer<UInt8>, at tokenStart: Int
  ) -> Int {
    var n = tokenStart
    var index = from
    @inline(__always) func letter(_ offset: Int) -> UInt8 {
      index + offset < end ? letters[index + offset] : 0
    }
    @inline(__always) func last() -> UInt8 { n > tokenStart ? out[n - 1] : 0 }
    @inline(__always) func put(_ code: UInt8) {
      if n > tokenStart && out[n - 1] == code { return }
      out[n] = code
      n += 1
    }
    while index < end {
      let current = letters[index]
      let next = letter(1)
      var consumed = 1
      switch current {
      case a, o, u:
        put(current)
      case e:
        let previous = last()
        put((previous == Sound.sh || previous == Sound.ch) && (next == v || next == w) ? o : e)
      case i:
        let previous = last()
        if isConsonant(previous) && isFullVowel(next) {
          put(Sound.glide)
        } else if previous == a || previous == o || previous == u,
          next == a || next == o || next == u
        {
          // Between `a o u` and `a o u` like `j` there (`Stoianoglo`/`Stojanoglo`,
          // `Haiat`/`Hajat`); not after `e`, where German `ei` is a diphthong (`Steinmeier`), nor
          // before `e`, where `Maier` and `Mayer` are two names.
          put(Sound.glide)
        } else {
          put(i)
        }
      case j, y:
        if next == i { break }
        guard isFullVowel(next) else {
          put(i)
          break
        }
        let previous = last()
        if current == j && english && (previous == 0 || isVowel(previous)) {
          put(Sound.sh)
        } else if previous == 0 || (isVowel(previous) && previous != i) {
          if next != e { put(Sound.glide) }
        } else if previous == i {
          if n - tokenStart >= 2 && isConsonant(out[n - 2]) {
            out[n - 1] = Sound.glide
          } else if next != e {
            put(Sound.glide)
          }
        } else {
          put(Sound.glide)
        }
      case w, v:
        put(v)
      case f:
        if next == f && index + 2 == end && isVowel(last()) {
          put(v)
          consumed = 2
        } else {
          put(f)
        }
      case s:
        if next == c && letter(2) == h {
          put(Sound.sh)
          consumed = 3
        } else if next == h {
          put(Sound.sh)
          consumed = 2
        } else {
          put(s)
        }
      case z:
        if next == h {
          put(Sound.sh)
          consumed = 2
        } else {
          put(s)
        }
      case d:
        if next == s && letter(2) == c && letter(3) == h {
          put(Sound.sh)
          consumed = 4
        } else if next == z && letter(2) == h {
          put(Sound.sh)
          consumed = 3
        } else if next == j && english && isVowel(letter(2)) {
          // `dj` before a vowel in a name read as English, as French-style and Uzbek spellings
          // write дж (`Khodjayev`, `Chodschajew`); read as German it is д and a glide
          // (`Berdjansk`, `Serdjukow`).
          put(Sound.sh)
          consumed = 2
        } else {
          put(d)
        }
      case t:
        if next == s && letter(2) == c && letter(3) == h {
          put(Sound.ch)
          consumed = 4
        } else if next == c && letter(2) == h {
          put(Sound.ch)
          consumed = 3
        } else if next == s || next == z {
          put(s)
          consumed = 2
        } else {
          put(t)
          consumed = next == h ? 2 : 1
        }
      case c:
        if next == h {
          put(english ? Sound.ch : Sound.kh)
          consumed = 2
        } else if next == k {
          put(k)
          consumed = 2
        } else if next == z {
          put(Sound.ch)
          consumed = 2
        } else {
          put(next == e || next == i || next == y ? s : k)
        }
      case k:
        put(next == h ? Sound.kh : k)
        consumed = next == h ? 2 : 1
      case h:
        put(Sound.kh)
      case g:
        put(g)
        consumed = next == h ? 2 : 1
      case p:
        put(next == h ? f : p)
        consumed = next == h ? 2 : 1
      case q:
        put(k)
      case x:
        put(k)
        put(s)
      default:
        put(current)
      }
      index += consumed
    }
    return n
  }
}
