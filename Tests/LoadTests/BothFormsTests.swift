import Testing

@testable import Load

@Suite struct BothFormsTests {
  /// Every byte value at every position of texts of 1 to 24 bytes: a text is plain exactly when
  /// it holds no byte below a space, no `"`, `,` or backslash, as a byte-by-byte check says.
  @Test func plainTextsAreTheOnesWithNothingToQuoteOrEscape() {
    let filler = Array("Sergej Lawrow in Jerewan".utf8)
    for value in 0...255 {
      let byte = UInt8(value)
      let special = byte < 0x20 || byte == 0x22 || byte == 0x2C || byte == 0x5C
      for length in 1...24 {
        for position in 0..<length {
          var bytes = Array(filler[0..<length])
          bytes[position] = byte
          let plain = bytes.withUnsafeBufferPointer { BothForms.isPlain($0) }
          #expect(plain == !special, "byte \(value) at \(position) of \(length)")
        }
      }
    }
    #expect([UInt8]().withUnsafeBufferPointer { BothForms.isPlain($0) })
  }

  /// A plain text goes to both forms unchanged (quoted in JSON); one with a comma and a quote
  /// is quoted in CSV and escaped in JSON.
  @Test func textValuesInBothForms() {
    var csv = ByteBuffer()
    var json = ByteBuffer()
    let formatter = JSONLineFormatter(fieldNames: ["surface", "note"])
    var column = 0
    BothForms.appendText(
      "Nikol Paschinjan", column: &column, json: formatter, csv: &csv, json: &json)
    BothForms.appendText(
      #"Er sagte: "Ja, morgen.""#, column: &column, json: formatter, csv: &csv, json: &json)
    #expect(
      String(decoding: csv.bytes, as: UTF8.self) == #"Nikol Paschinjan,"Er sagte: ""Ja, morgen.""""#
    )
    #expect(
      String(decoding: json.bytes, as: UTF8.self)
        == #"{"surface":"Nikol Paschinjan","note":"Er sagte: \"Ja, morgen.\"""#)
    #expect(column == 2)
  }
}
