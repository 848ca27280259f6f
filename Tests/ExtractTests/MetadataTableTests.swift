import Testing

@testable import Extract

@Suite struct MetadataTableTests {
  @Test func readsKnownColumnsAndNormalizesPaths() throws {
    let csv = """
      Path,published,source,extra,title
      ./sub\\a.txt,2024-03-15T08:00:00Z,dpa,x,Gipfel in Astana
      b.txt,15.03.2024,,,
      c.txt,2023-02-29,,,
      b.txt,2024-01-01,,,

      """
    let table = try MetadataTable(bytes: Array(csv.utf8), name: "metadata.csv")
    #expect(
      table.rows == [
        "sub/a.txt": DocumentMetadata(
          published: "2024-03-15", source: "dpa", title: "Gipfel in Astana"),
        "b.txt": DocumentMetadata(),
        "c.txt": DocumentMetadata(),
      ])
    #expect(
      table.findings == [
        "metadata.csv line 3: published \"15.03.2024\" is not an ISO date YYYY-MM-DD; ignored",
        "metadata.csv line 4: published \"2023-02-29\" is not an ISO date YYYY-MM-DD; ignored",
        "metadata.csv line 5: second row for b.txt; the first one is used",
      ])
  }

  @Test func missingPathColumnIsAnError() {
    #expect(throws: MetadataTable.LoadError.self) {
      try MetadataTable(bytes: Array("file,published\na.txt,2024-01-01\n".utf8), name: "m.csv")
    }
  }

  @Test(
    arguments: [
      ("2024-02-29", "2024-02-29"), ("1900-02-29", nil), ("2000-02-29", "2000-02-29"),
      ("2024-13-01", nil), ("2024-04-31", nil), ("2024-4-1", nil),
      ("2024-04-01 12:00", "2024-04-01"),
    ] as [(String, String?)])
  func isoDays(text: String, expected: String?) {
    #expect(ISODay.validated(text) == expected)
  }
}
