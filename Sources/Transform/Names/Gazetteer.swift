/// The known entities (persons, organizations, places) with all their name forms, as read from
/// `config/gazetteer/*.tsv` (format: `notes/gazetteer-format.md`).
package struct Gazetteer: Sendable {
  /// One row of the gazetteer: an entity and its names.
  package struct Entry: Sendable, Equatable {
    /// Stable lowercase ASCII id (`vladimir_putin`, `csto`).
    package var id: String
    /// Person, organization or location.
    package var type: EntityType
    /// The finer class (`country`, `city`, `intergovernmental`, `person`, …).
    package var kind: String
    /// The common English form.
    package var canonicalName: String
    /// The common German form.
    package var germanName: String
    /// Other spellings, older transliterations, acronyms, short forms.
    package var aliases: [String]
    /// ISO 3166-1 alpha-2 code of a country or territory, or empty.
    package var iso2: String
    /// ISO 3166-1 alpha-3 code of a country or territory, or empty.
    package var iso3: String
    /// ISO 3166-1 alpha-2 of the country the entity belongs to, or empty.
    package var country: String
    /// Wikidata Q-id, or empty.
    package var wikidata: String
    /// German (and English) adjective stems without ending (`russisch`).
    package var adjectives: [String]
    /// German nouns for inhabitants (`Russe|Russen|Russin|Russinnen`).
    package var demonyms: [String]

    /// Creates an entry; only id, type and canonical name are required.
    package init(
      id: String, type: EntityType, kind: String = "", canonicalName: String,
      germanName: String = "", aliases: [String] = [], iso2: String = "", iso3: String = "",
      country: String = "", wikidata: String = "", adjectives: [String] = [],
      demonyms: [String] = []
    ) {
      self.id = id
      self.type = type
      self.kind = kind
      self.canonicalName = canonicalName
      self.germanName = germanName
      self.aliases = aliases
      self.iso2 = iso2
      self.iso3 = iso3
      self.country = country
      self.wikidata = wikidata
      self.adjectives = adjectives
      self.demonyms = demonyms
    }

    /// The canonical name, German name and aliases, without empty or repeated forms, in that
    /// order.
    /// - Complexity: O(*n*²) in the number of names, a handful.
    package var names: [String] {
      var result: [String] = []
      result.reserveCapacity(2 + aliases.count)
      // An entry has a handful of names: comparing with those kept is cheaper than hashing.
      func keep(_ name: String) {
        if !name.isEmpty && !result.contains(name) { result.append(name) }
      }
      keep(canonicalName)
      keep(germanName)
      for alias in aliases { keep(alias) }
      return result
    }
  }

  /// The entries in file order (files sorted by name).
  package let entries: [Entry]
  /// Entry index by id.
  private let indexByID: [String: Int]

  /// Creates a gazetteer from entries, checking each id's form and that no id repeats.
  /// Errors name the file `<entries>` and the 1-based position of the entry as line.
  /// - Complexity: O(*n*) in the number of entries.
  package init(entries: [Entry]) throws {
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() {
      let line = position + 1
      if let problem = Self.idProblem(entry.id) {
        throw GazetteerError(file: "<entries>", line: line, message: problem)
      }
      if let first = index[entry.id] {
        throw GazetteerError(
          file: "<entries>", line: line,
          message: "duplicate id '\(entry.id)'; first defined at <entries>:\(first + 1)")
      }
      index[entry.id] = position
    }
    self.entries = entries
    self.indexByID = index
  }

  /// Creates a gazetteer from entries already checked by the loader.
  init(checkedEntries entries: [Entry]) {
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() { index[entry.id] = position }
    self.entries = entries
    self.indexByID = index
  }

  /// The entry with `id`, if any.
  package func entry(id: String) -> Entry? {
    indexByID[id].map { entries[$0] }
  }

  /// The index in `entries` of the entry with `id`, if any.
  package func index(ofID id: String) -> Int? {
    indexByID[id]
  }

  /// Why `id` is not a valid id (`[a-z0-9_]+`), or nil when it is.
  /// - Complexity: O(*n*) in the length of the id.
  static func idProblem(_ id: String) -> String? {
    if id.isEmpty { return "empty id; every row needs a lowercase ASCII id like vladimir_putin" }
    for byte in id.utf8 {
      switch byte {
      case 0x61...0x7A, 0x30...0x39, 0x5F: continue
      default: return "malformed id '\(id)'; use only a-z, 0-9 and _ (like vladimir_putin)"
      }
    }
    return nil
  }
}
