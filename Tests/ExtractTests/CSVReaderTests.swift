import Testing

@testable import Extract

@Suite struct CSVReaderTests {
  @Test func quotedFieldsCRLFAndBOM() throws {
    let text =
      "\u{FEFF}path,title\r\na.txt,\"Gipfel in \"\"Eriwan\"\", Teil 1\"\r\n\r\nb.txt,\"zwei\nZeilen\"\n"
    let records = try CSVReader.records(Array(text.utf8))
    #expect(
      records == [
        .init(line: 1, fields: ["path", "title"]),
        .init(line: 2, fields: ["a.txt", "Gipfel in \"Eriwan\", Teil 1"]),
        .init(line: 4, fields: ["b.txt", "zwei\nZeilen"]),
      ])
  }

  @Test func lastLineWithoutNewlineAndEmptyFields() throws {
    let records = try CSVReader.records(Array("a,,\"\"\nb,c,d".utf8))
    #expect(
      records == [.init(line: 1, fields: ["a", "", ""]), .init(line: 2, fields: ["b", "c", "d"])])
  }

  @Test func unclosedQuoteNamesItsLine() {
    #expect(throws: CSVReader.ParseError(line: 2, reason: "a quoted field is never closed")) {
      try CSVReader.records(Array("path\n\"a.txt\n".utf8))
    }
  }

  @Test func strayQuoteIsAnError() {
    #expect(throws: CSVReader.ParseError.self) { try CSVReader.records(Array("pa\"th\n".utf8)) }
  }
}
