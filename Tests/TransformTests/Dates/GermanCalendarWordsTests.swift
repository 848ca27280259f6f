import Testing

@testable import Transform

@Suite struct GermanCalendarWordsTests {
  /// Keys from text fold case alike on the eight-byte path (ASCII words with eight bytes
  /// readable) and the byte-by-byte path (umlauts, long words, words at the end of the text).
  @Test(arguments: [
    "Januar", "JANUAR", "mO", "a", "Z", "@[`{", "SEPTEMBE", "September", "Dienstagabend", "MÄRZ",
    "Jänner", "Ende",
  ])
  func keysFoldCaseOnEitherPath(word: String) {
    let expected = GermanCalendarWords.Key(word.lowercased())
    let padded = Array((word + " und so weiter").utf8)
    let bare = Array(word.utf8)
    padded.withUnsafeBufferPointer { text in
      #expect(GermanCalendarWords.Key(text, 0, word.utf8.count) == expected)
    }
    bare.withUnsafeBufferPointer { text in
      #expect(GermanCalendarWords.Key(text, 0, text.count) == expected)
    }
  }

  @Test func lookupFindsCalendarWordsInAnyCase() {
    let text = Array("Am MONTAG, im märz und Haus im Januar".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(GermanCalendarWords.lookup(bytes, 3, 9) == .weekday(1))
      #expect(GermanCalendarWords.lookup(bytes, 14, 19) == .month(3))
      #expect(GermanCalendarWords.lookup(bytes, 20, 23) == .marker(.und))
      #expect(GermanCalendarWords.lookup(bytes, 24, 28) == nil)
      #expect(GermanCalendarWords.lookup(bytes, 32, 38) == .month(1))
    }
  }

  /// The prefilter lets every table word through, lower case, capitalized and in capitals
  /// (`ÜBERMORGEN`), at the end of a text and before more text.
  @Test func lookupFindsEveryTableWord() {
    var missed: [String] = []
    for (key, meaning) in GermanCalendarWords.table {
      let word = withUnsafeBytes(of: (key.a.littleEndian, key.b.littleEndian, key.c.littleEndian)) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      var forms = [word, word.prefix(1).uppercased() + word.dropFirst()]
      if !word.contains("ß") { forms.append(word.uppercased()) }
      for form in forms {
        for text in [form, form + " und mehr"] {
          let bytes = Array(text.utf8)
          let found = bytes.withUnsafeBufferPointer {
            GermanCalendarWords.lookup($0, 0, form.utf8.count)
          }
          if found != meaning { missed.append(text) }
        }
      }
    }
    #expect(missed == [])
    #expect(GermanCalendarWords.table.count > 400)
  }
}
