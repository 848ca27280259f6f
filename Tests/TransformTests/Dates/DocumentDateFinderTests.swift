import Testing

@testable import Transform

@Suite("DocumentDateFinder")
struct DocumentDateFinderTests {
  /// Runs the finder on `text` and summarises the result as `value source span`.
  func find(_ text: String, published: String? = nil, reference: String? = nil) -> String {
    let d = DocumentDateFinder.find(
      in: Array(text.utf8), published: published.flatMap { CalendarDay(iso: $0) },
      reference: reference.flatMap { CalendarDay(iso: $0) })
    let span = d.span.map { "\($0.lowerBound)..<\($0.upperBound)" } ?? "-"
    #expect((d.day?.description ?? "") == (d.value.hasPrefix("X") ? "" : d.value))
    return "\(d.value.isEmpty ? "-" : d.value) \(d.source.rawValue) \(span)"
  }

  @Test(
    "decision order and forms",
    arguments: [
      // Metadata wins, but the header span is still reported.
      ("Dezember 27, 2024\n\nDer Rat tagte.", "2023-01-01", nil, "2023-01-01 metadata 0..<17"),
      ("Dezember 27, 2024\n\nDer Rat tagte.", nil, "2020-01-01", "2024-12-27 header 0..<17"),
      ("27.11.2022\nDer Rat tagte am Mittwoch.", nil, nil, "2022-11-27 header 0..<10"),
      ("Stand: 05.03.2024, 14:30 Uhr\nDer Rat tagte.", nil, nil, "2024-03-05 header 7..<17"),
      ("Berlin\n\nMontag, 6. Januar 2025\n\nDer Rat tagte.", nil, nil, "2025-01-06 header 8..<30"),
      (
        "Moskau, 27. Nov – Der Rat hatte am 3. Oktober 2022 getagt.", nil, nil,
        "2022-11-27 dateline 8..<15"
      ),
      (
        "Moskau, 27. Nov – Der Rat hatte im Dezember 2022 getagt.", nil, nil,
        "2023-11-27 dateline 8..<15"
      ),
      ("Moskau, 27. Nov – Der Rat tagte im Jahr 2020.", nil, nil, "XXXX-11-27 dateline 8..<15"),
      ("Moskau, 27. Nov – Der Rat tagte.", nil, "2024-03-01", "2023-11-27 dateline 8..<15"),
      ("Minsk, 4. Mai 2023. Der Rat tagte.", nil, nil, "2023-05-04 dateline 7..<18"),
      ("Minsk, 4. Mai 2023.\nDer Rat tagte.", nil, nil, "2023-05-04 dateline 7..<18"),
      ("Minsk, 4. Mai 2023.Der Rat tagte.", nil, nil, "- none -"),
      ("Minsk, 4. Mai 2023.", nil, nil, "2023-05-04 dateline 7..<18"),
      ("Frankfurt am Main, 4. Mai 2023 – Der Rat tagte.", nil, nil, "2023-05-04 dateline 19..<30"),
      ("Kiew/Moskau, 4. Mai 2023 – Der Rat tagte.", nil, nil, "2023-05-04 dateline 13..<24"),
      (
        "Bad Neuenahr-Ahrweiler, 4. Mai 2023. Der Rat tagte.", nil, nil,
        "2023-05-04 dateline 24..<35"
      ),
      ("Gagarin startete in Baikonur, 12. April 1961. Heute tagte der Rat.", nil, nil, "- none -"),
      (
        "Gagarin startete in Baikonur, 12. April 1961 – heute tagte der Rat.", nil, nil,
        "- none -"
      ),
      ("Der Rat tagte am 7. November 2023 in Minsk.", nil, "2024-03-01", "2024-03-01 reference -"),
      ("Der Rat tagte am 7. November 2023 in Minsk.", nil, nil, "- none -"),
      ("Eins\nZwei\nDrei\n27.11.2022\nDer Rat tagte.", nil, nil, "- none -"),
    ] as [(String, String?, String?, String)])
  func decide(text: String, published: String?, reference: String?, expected: String) {
    #expect(find(text, published: published, reference: reference) == expected)
  }

  @Test("an open dateline leaves relative dates unresolved")
  func openDateline() {
    let text = "Moskau, 27. Nov – Am Mittwoch tagte der Rat."
    let d = DocumentDateFinder.find(in: Array(text.utf8), published: nil, reference: nil)
    #expect(d.day == nil)
    let m = DateTagger().tag(Array(text.utf8), documentDate: d.day)
    #expect(m.map(\.value) == ["XXXX-11-27", "XXXX-WXX-3"])
  }
}
