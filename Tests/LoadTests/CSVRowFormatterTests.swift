import Load
import Testing

@Suite("CSVRowFormatter")
struct CSVRowFormatterTests {
  /// Formats one row with the standard options and returns the bytes as a string.
  private func formatted(_ row: [FieldValue]) -> String {
    var buffer = ByteBuffer()
    CSVRowFormatter().append(row, to: &buffer)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  @Test(
    "string fields are quoted only when RFC 4180 needs it",
    arguments: [
      ("plain", "plain"),
      ("", ""),
      ("mit Leerzeichen ", "mit Leerzeichen "),
      ("Größe Übung", "Größe Übung"),
      ("Москва", "Москва"),
      ("a,b", "\"a,b\""),
      ("sagte \"ja\"", "\"sagte \"\"ja\"\"\""),
      ("\"", "\"\"\"\""),
      ("Zeile 1\nZeile 2", "\"Zeile 1\nZeile 2\""),
      ("CR\rhier", "\"CR\rhier\""),
      ("CRLF\r\n", "\"CRLF\r\n\""),
      ("Tab\tbleibt", "Tab\tbleibt"),
      ("'einfach'", "'einfach'"),
      ("\"a\",\"b\"", "\"\"\"a\"\",\"\"b\"\"\""),
    ])
  func quoting(input: String, expected: String) {
    var buffer = ByteBuffer()
    CSVRowFormatter.appendField(input, to: &buffer)
    #expect(String(decoding: buffer.bytes, as: UTF8.self) == expected)
  }

  @Test(
    "non-string values",
    arguments: [
      (FieldValue.integer(0), "0"),
      (.integer(7), "7"),
      (.integer(-42), "-42"),
      (.integer(1_234_567_890), "1234567890"),
      (.integer(Int.max), "9223372036854775807"),
      (.integer(Int.min), "-9223372036854775808"),
      (.number(0.1), "0.1"),
      (.number(2), "2.0"),
      (.number(-1.5), "-1.5"),
      (.number(1e-5), "1e-05"),
      (.number(1e16), "1e+16"),
      (.number(.nan), "NaN"),
      (.number(.infinity), "INF"),
      (.number(-.infinity), "-INF"),
      (.boolean(true), "true"),
      (.boolean(false), "false"),
      (.null, ""),
    ])
  func values(value: FieldValue, expected: String) {
    #expect(formatted([value]) == expected + "\r\n")
  }

  @Test func rowJoinsFieldsWithCommasAndEndsWithCRLF() {
    let row: [FieldValue] = [
      .string("doc-1"), .integer(3), .null, .string("Köln, Bonn"), .string("2024-03-01"),
    ]
    #expect(formatted(row) == "doc-1,3,,\"Köln, Bonn\",2024-03-01\r\n")
  }

  @Test func fileHeaderStartsWithByteOrderMarkByDefault() {
    var buffer = ByteBuffer()
    CSVRowFormatter().appendFileHeader(fieldNames: ["doc_id", "titel, kurz"], to: &buffer)
    #expect(buffer.bytes == [0xEF, 0xBB, 0xBF] + Array("doc_id,\"titel, kurz\"\r\n".utf8))
  }

  @Test func fileHeaderWithoutByteOrderMark() {
    var buffer = ByteBuffer()
    CSVRowFormatter(options: CSVOptions(writesByteOrderMark: false))
      .appendFileHeader(fieldNames: ["doc_id", "status"], to: &buffer)
    #expect(buffer.bytes == Array("doc_id,status\r\n".utf8))
  }
}
