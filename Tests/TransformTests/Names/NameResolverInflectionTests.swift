import Testing

@testable import Transform

@Suite struct NameResolverInflectionTests {
  @Test(arguments: [
    ("Putins", ["Putin"]),
    ("Moskaus", ["Moskau"]),
    ("des Kremles", ["Kremles", "Kremle", "Kreml"]),
    ("der Europäischen Union", ["Europäischen Union", "Europäische Union"]),
    ("DER Spiegel", ["Spiegel"]),
    ("Tbilissi'", ["Tbilissi"]),
    ("Borrell’", ["Borrell"]),
    ("Paris", ["Pari"]),
    ("Lina Marquardt", []),
    ("Das", []),
    ("Russ", ["Rus"]),
    ("Neuen Seidenstraße", ["Neue Seidenstraße"]),
    ("Lina  Marquardts", ["Lina Marquardts", "Lina Marquardt"]),
    (" des Kremls", ["Kremls", "Kreml"]),
    ("Dan Marquardt", []),
    ("Putins ", ["Putins", "Putin"]),
    ("", []),
  ])
  func inflectedFormsMostLikelyFirst(name: String, expected: [String]) {
    #expect(NameResolver.inflectedForms(of: name) == expected)
  }
}
