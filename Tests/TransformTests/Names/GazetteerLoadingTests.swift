import Foundation
import Testing
import Transform

@Suite("Gazetteer loading")
struct GazetteerLoadingTests {
  static let header = Gazetteer.headerLine
  static let russia =
    "russia\tLOC\tcountry\tRussia\tRussland\tRussische Föderation|RF\tRU\tRUS\tRU\tQ159\t"
    + "russisch|russian\tRusse|Russen"
  static let putin =
    "vladimir_putin\tPER\tperson\tVladimir Putin\tWladimir Putin\tPutin\t\t\tRU\tQ7747\t\t"

  /// Writes files into a fresh temporary folder and returns it.
  func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("gazetteer-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  @Test("reads every .tsv in sorted order, skipping comments and empty lines")
  func loads() throws {
    let url = try folder([
      "b_places.tsv": "# places\n\n\(Self.header)\n\(Self.russia)\n",
      "a_people.tsv": "\(Self.header)\n# a comment\n\(Self.putin)\r\n",
      "notes.md": "not a table",
    ])
    defer { try? FileManager.default.removeItem(at: url) }
    let gazetteer = try Gazetteer.load(directory: url)
    #expect(gazetteer.entries.map(\.id) == ["vladimir_putin", "russia"])
    let russia = try #require(gazetteer.entry(id: "russia"))
    #expect(
      russia
        == Gazetteer.Entry(
          id: "russia", type: .location, kind: "country", canonicalName: "Russia",
          germanName: "Russland", aliases: ["Russische Föderation", "RF"], iso2: "RU", iso3: "RUS",
          country: "RU", wikidata: "Q159", adjectives: ["russisch", "russian"],
          demonyms: ["Russe", "Russen"]))
    #expect(gazetteer.index(ofID: "russia") == 1)
    #expect(
      gazetteer.entry(id: "vladimir_putin")?.names
        == ["Vladimir Putin", "Wladimir Putin", "Putin"])
  }

  @Test("an empty folder gives an empty gazetteer")
  func emptyFolder() throws {
    let url = try folder([:])
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try Gazetteer.load(directory: url).entries.isEmpty)
  }

  /// A broken row and the exact message (after `file:line: `).
  @Test(
    "row errors name file, line and what to fix",
    arguments: [
      (
        "russia\tLOC\tcountry\tRussia\tRussland",
        "expected 12 TAB-separated fields, found 5 (empty fields still need their TAB)"
      ),
      (
        "russia\tPLACE\tcountry\tRussia\t\t\t\t\t\t\t\t",
        "unknown type 'PLACE'; use PER, ORG or LOC"
      ),
      (
        "\tLOC\tcountry\tRussia\t\t\t\t\t\t\t\t",
        "empty id; every row needs a lowercase ASCII id like vladimir_putin"
      ),
      (
        "Russia-1\tLOC\tcountry\tRussia\t\t\t\t\t\t\t\t",
        "malformed id 'Russia-1'; use only a-z, 0-9 and _ (like vladimir_putin)"
      ),
      (
        "moscow\tLOC\ttown\tMoscow\t\t\t\t\t\t\t\t",
        "unknown kind 'town' for LOC; use one of country, territory, city, region, geo"
      ),
      ("moscow\tLOC\tcity\t\t\t\t\t\t\t\t\t", "empty canonical_name; write the English name"),
      (
        "russia\tLOC\tcountry\tRussia\t\t\trus\t\t\t\t\t",
        "malformed iso2 'rus'; use 2 uppercase letters, or leave it empty"
      ),
      (
        "russia\tLOC\tcountry\tRussia\t\t\tRU\tRUS\tRU\t159\t\t",
        "malformed wikidata '159'; use Q followed by digits, or leave it empty"
      ),
    ])
  func rowErrors(row: String, message: String) throws {
    let url = try folder(["places.tsv": "# comment\n\(Self.header)\n\n\(row)\n"])
    defer { try? FileManager.default.removeItem(at: url) }
    let path = url.appendingPathComponent("places.tsv").path
    #expect {
      try Gazetteer.load(directory: url)
    } throws: { error in
      (error as? GazetteerError)?.description == "\(path):4: \(message)"
    }
  }

  @Test("a duplicate id names the line of the first one, across files")
  func duplicateID() throws {
    let url = try folder([
      "a.tsv": "\(Self.header)\n\(Self.russia)\n",
      "b.tsv": "\(Self.header)\n\(Self.putin)\n\(Self.russia)\n",
    ])
    defer { try? FileManager.default.removeItem(at: url) }
    let a = url.appendingPathComponent("a.tsv").path
    let b = url.appendingPathComponent("b.tsv").path
    #expect {
      try Gazetteer.load(directory: url)
    } throws: { error in
      (error as? GazetteerError)?.description
        == "\(b):3: duplicate id 'russia'; first defined at \(a):2"
    }
  }

  @Test("a wrong header is reported on its line")
  func header() throws {
    let url = try folder(["a.tsv": "# c\nid\ttype\tkind\n\(Self.russia)\n"])
    defer { try? FileManager.default.removeItem(at: url) }
    let path = url.appendingPathComponent("a.tsv").path
    #expect {
      try Gazetteer.load(directory: url)
    } throws: { error in
      (error as? GazetteerError)?.description
        == "\(path):2: header mismatch; the first non-comment line must be the 12 TAB-separated "
        + "columns id type kind canonical_name german_name aliases iso2 iso3 country wikidata "
        + "adjectives demonyms"
    }
  }

  @Test("a file with only comments has no header")
  func missingHeader() throws {
    let url = try folder(["a.tsv": "# only a comment\n"])
    defer { try? FileManager.default.removeItem(at: url) }
    let path = url.appendingPathComponent("a.tsv").path
    #expect {
      try Gazetteer.load(directory: url)
    } throws: { error in
      (error as? GazetteerError)?.description
        == "\(path): no header; the first non-comment line must be the header"
    }
  }

  @Test("a missing folder is an error")
  func missingFolder() {
    let url = URL(fileURLWithPath: "/nonexistent-gazetteer-folder")
    #expect {
      try Gazetteer.load(directory: url)
    } throws: { error in
      (error as? GazetteerError)?.description
        == "/nonexistent-gazetteer-folder: cannot list the gazetteer folder; create it"
    }
  }

  @Test("entries built in code are checked for duplicate and malformed ids")
  func entriesInCode() {
    let putin = Gazetteer.Entry(
      id: "vladimir_putin", type: .person, canonicalName: "Vladimir Putin")
    #expect {
      try Gazetteer(entries: [putin, putin])
    } throws: { error in
      (error as? GazetteerError)?.description
        == "<entries>:2: duplicate id 'vladimir_putin'; first defined at <entries>:1"
    }
    let bad = Gazetteer.Entry(id: "Putin", type: .person, canonicalName: "Putin")
    #expect {
      try Gazetteer(entries: [bad])
    } throws: { error in
      (error as? GazetteerError)?.description
        == "<entries>:1: malformed id 'Putin'; use only a-z, 0-9 and _ (like vladimir_putin)"
    }
  }
}
