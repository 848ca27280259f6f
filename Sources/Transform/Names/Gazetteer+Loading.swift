import Extract
import Foundation

/// Reading `config/gazetteer/*.tsv`: one TAB-separated row per entity, `#` comments, the header
/// as the first non-comment line.
extension Gazetteer {
  /// The 12 column names, in file order.
  package static let columns = [
    "id", "type", "kind", "canonical_name", "german_name", "aliases", "iso2", "iso3", "country",
    "wikidata", "adjectives", "demonyms",
  ]

  /// The header line every file must start with (after comments), columns joined by TAB.
  package static let headerLine = columns.joined(separator: "\t")

  /// The allowed `kind` values per type.
  static let kinds: [EntityType: [String]] = [
    .location: ["country", "territory", "city", "region", "geo"],
    .organization: [
      "intergovernmental", "government", "party", "company", "media", "armed_group", "ngo",
      "think_tank", "university", "court", "sports", "other",
    ],
    .person: ["person"],
  ]

  /// Loads every `*.tsv` file of `directory` in sorted file-name order (hidden files skipped).
  /// A folder without `.tsv` files gives an empty gazetteer.
  /// - Throws: `GazetteerError` with file, line and what to fix.
  /// - Complexity: O(*n*) in the total size of the files.
  package static func load(directory: URL) throws -> Gazetteer {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw GazetteerError(
        file: directory.path, line: 0, message: "cannot list the gazetteer folder; create it")
    }
    var entries: [Entry] = []
    var firstLine: [String: (file: String, line: Int)] = [:]
    for name in names.filter({ $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }).sorted() {
      let path = directory.appendingPathComponent(name).path
      guard let data = FileManager.default.contents(atPath: path) else {
        throw GazetteerError(file: path, line: 0, message: "cannot read the file")
      }
      for (entry, line) in try parse([UInt8](data), file: path) {
        if let first = firstLine[entry.id] {
          throw GazetteerError(
            file: path, line: line,
            message: "duplicate id '\(entry.id)'; first defined at \(first.file):\(first.line)")
        }
        firstLine[entry.id] = (path, line)
        entries.append(entry)
      }
    }
    return Gazetteer(checkedEntries: entries)
  }

  /// Parses one gazetteer file into entries with their 1-based line numbers.
  /// - Throws: `GazetteerError` naming `file` and the line.
  /// - Complexity: O(*n*) in the number of bytes.
  package static func parse(_ bytes: [UInt8], file: String) throws -> [(Entry, line: Int)] {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    guard String(validating: bytes[start...], as: UTF8.self) != nil else {
      throw GazetteerError(file: file, line: 0, message: "not valid UTF-8; save the file as UTF-8")
    }
    var result: [(Entry, line: Int)] = []
    var sawHeader = false
    var lineNumber = 0
    while start < bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      var lineEnd = end
      if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = bytes[start..<lineEnd]
      start = end + 1
      if line.allSatisfy({ $0 == 0x20 }) || line.first == 0x23 { continue }
      if !sawHeader {
        guard String(decoding: line, as: UTF8.self) == headerLine else {
          throw GazetteerError(
            file: file, line: lineNumber,
            message: "header mismatch; the first non-comment line must be the 12 TAB-separated "
              + "columns \(columns.joined(separator: " "))")
        }
        sawHeader = true
        continue
      }
      result.append((try entry(from: line, file: file, line: lineNumber), lineNumber))
    }
    if !sawHeader {
      throw GazetteerError(
        file: file, line: 0, message: "no header; the first non-comment line must be the header")
    }
    return result
  }

  /// One row as an entry, or an error naming what to fix.
  private static func entry(from bytes: ArraySlice<UInt8>, file: String, line: Int) throws
    -> Entry
  {
    func fail(_ message: String) -> GazetteerError {
      GazetteerError(file: file, line: line, message: message)
    }
    let fields = split(bytes, at: 0x09)
    guard fields.count == columns.count else {
      throw fail(
        "expected 12 TAB-separated fields, found \(fields.count) (empty fields still need "
          + "their TAB)")
    }
    if let problem = idProblem(fields[0]) { throw fail(problem) }
    guard let type = EntityType(rawValue: fields[1]) else {
      throw fail("unknown type '\(fields[1])'; use PER, ORG or LOC")
    }
    let allowed = kinds[type] ?? []
    guard allowed.contains(fields[2]) else {
      throw fail(
        "unknown kind '\(fields[2])' for \(type.rawValue); use one of "
          + allowed.joined(separator: ", "))
    }
    guard !fields[3].isEmpty else { throw fail("empty canonical_name; write the English name") }
    try check(fields[6], letters: 2, column: "iso2", fail: fail)
    try check(fields[7], letters: 3, column: "iso3", fail: fail)
    try check(fields[8], letters: 2, column: "country", fail: fail)
    if !fields[9].isEmpty {
      let digits = fields[9].utf8.dropFirst()
      guard fields[9].utf8.first == 0x51, !digits.isEmpty,
        digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else {
        throw fail("malformed wikidata '\(fields[9])'; use Q followed by digits, or leave it empty")
      }
    }
    return Entry(
      id: fields[0], type: type, kind: fields[2], canonicalName: fields[3], germanName: fields[4],
      aliases: list(fields[5]), iso2: fields[6], iso3: fields[7], country: fields[8],
      wikidata: fields[9], adjectives: list(fields[10]), demonyms: list(fields[11]))
  }

  /// Checks an optional code of `letters` uppercase ASCII letters.
  private static func check(
    _ value: String, letters: Int, column: String, fail: (String) -> GazetteerError
  ) throws {
    guard !value.isEmpty else { return }
    guard value.utf8.count == letters, value.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
      throw fail(
        "malformed \(column) '\(value)'; use \(letters) uppercase letters, or leave it empty")
    }
  }

  /// The non-empty `|`-separated values of a field, trimmed.
  private static func list(_ field: String) -> [String] {
    split(Array(field.utf8)[...], at: 0x7C).filter { !$0.isEmpty }
  }

  /// The pieces of `bytes` between the `separator` bytes (empty ones too), each trimmed of
  /// white space; one pass over the bytes, where the generic `split` called a closure per byte.
  /// - Complexity: O(n) in the number of bytes.
  private static func split(_ bytes: ArraySlice<UInt8>, at separator: UInt8) -> [String] {
    var pieces: [String] = []
    pieces.reserveCapacity(Gazetteer.columns.count)
    var start = bytes.startIndex
    for index in bytes.indices where bytes[index] == separator {
      pieces.append(String(decoding: bytes[start..<index], as: UTF8.self).trimmingWhiteSpace())
      start = index + 1
    }
    pieces.append(String(decoding: bytes[start...], as: UTF8.self).trimmingWhiteSpace())
    return pieces
  }
}
