import Load
import Testing

@Suite("JSONLineFormatter")
struct JSONLineFormatterTests {
  @Test(
    "strings are escaped like json.dumps(ensure_ascii=False)",
    arguments: [
      ("plain", #""plain""#),
      ("", #""""#),
      ("Größe Übung ß", #""Größe Übung ß""#),
      ("Москва – Київ", #""Москва – Київ""#),
      ("emoji 🇩🇪", #""emoji 🇩🇪""#),
      ("sagte \"ja\"", #""sagte \"ja\"""#),
      ("C:\\Pfad", #""C:\\Pfad""#),
      ("a\nb\rc\td", #""a\nb\rc\td""#),
      ("\u{08}\u{0C}", #""\b\f""#),
      ("\u{00}\u{01}\u{1F}", #""\u0000\u0001\u001f""#),
      ("\u{7F} bleibt", "\"\u{7F} bleibt\""),
      ("/ bleibt", #""/ bleibt""#),
      ("\u{2028}", "\"\u{2028}\""),
    ])
  func escaping(input: String, expected: String) {
    var buffer = ByteBuffer()
    JSONLineFormatter.appendString(input, to: &buffer)
    #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected)
  }

  @Test func rowIsOneObjectWithKeysInSchemaOrder() {
    let formatter = JSONLineFormatter(fieldNames: ["doc_id", "n", "score", "ok", "note", "datum"])
    var buffer = ByteBuffer()
    formatter.append(
      [
        .string("doc-1"), .integer(-3), .number(0.25), .boolean(true), .null,
        .string("2024-03-01"),
      ], to: &buffer)
    formatter.append(
      [.string("Zoë \"Z\""), .integer(0), .number(.nan), .boolean(false), .string(""), .null],
      to: &buffer)
    let expected = """
      {"doc_id":"doc-1","n":-3,"score":0.25,"ok":true,"note":null,"datum":"2024-03-01"}
      {"doc_id":"Zoë \\"Z\\"","n":0,"score":null,"ok":false,"note":"","datum":null}

      """
    #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected)
  }

  @Test func keysAreEscaped() {
    var buffer = ByteBuffer()
    JSONLineFormatter(fieldNames: ["a\"b"]).append([.integer(Int.min)], to: &buffer)
    #expect(String(decoding: buffer.bytes, as: UTF8.self) == "{\"a\\\"b\":-9223372036854775808}\n")
  }
}
