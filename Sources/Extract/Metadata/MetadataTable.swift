/// The optional `metadata.csv` of a corpus: one row per article, keyed by `path`.
///
/// Columns: `path` (required; relative to the input folder, `/` or `\` separators, an optional
/// `./`), and any of `published` (ISO date, a time part is cut off), `source`, `url`, `title`.
/// Other columns are ignored. Problems with single rows are findings, not errors.
package struct MetadataTable: Sendable, Equatable {
  /// The metadata per normalized relative path.
  package var rows: [String: DocumentMetadata]
  /// Problems with single rows (`metadata.csv line 4: published "4.7.2025" is not YYYY-MM-DD`).
  package var findings: [String]

  /// An empty table, for a corpus without metadata.
  package init() {
    rows = [:]
    findings = []
  }

  /// The error for a metadata file that cannot be used at all.
  package struct LoadError: Error, Equatable, CustomStringConvertible {
    /// The file.
    package var path: String
    /// What is wrong and what to do.
    package var reason: String
    /// `path: reason`.
    package var description: String { "\(path): \(reason)" }
  }

  /// Parses the bytes of a metadata file; `name` is used in messages.
  /// - Complexity: O(n) in the number of bytes.
  package init(bytes: [UInt8], name: String) throws(LoadError) {
    let records: [CSVReader.Record]
    do {
      records = try CSVReader.records(bytes)
    } catch {
      throw LoadError(path: name, reason: error.description)
    }
    guard let header = records.first else {
      self.init()
      return
    }
    let columns = header.fields.map { $0.trimmingASCIISpaces().lowercased() }
    guard let pathColumn = columns.firstIndex(of: "path") else {
      throw LoadError(
        path: name,
        reason:
          "line 1: no `path` column; the header needs `path` and any of published, source, url, title"
      )
    }
    func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
    let published = column("published")
    let source = column("source")
    let url = column("url")
    let title = column("title")
    self.init()
    for record in records.dropFirst() {
      func value(_ index: Int?) -> String? {
        guard let index, index < record.fields.count else { return nil }
        let text = record.fields[index].trimmingASCIISpaces()
        return text.isEmpty ? nil : text
      }
      guard let rawPath = value(pathColumn) else {
        findings.append("\(name) line \(record.line): empty path; row ignored")
        continue
      }
      let path = MetadataTable.normalize(path: rawPath)
      if rows[path] != nil {
        findings.append(
          "\(name) line \(record.line): second row for \(path); the first one is used")
        continue
      }
      var metadata = DocumentMetadata(source: value(source), url: value(url), title: value(title))
      if let date = value(published) {
        if let day = ISODay.validated(date) {
          metadata.published = day
        } else {
          findings.append(
            "\(name) line \(record.line): published \"\(date)\" is not an ISO date YYYY-MM-DD; ignored"
          )
        }
      }
      rows[path] = metadata
    }
  }

  /// The path as the scanner writes it: `/` separators, no leading `./`.
  package static func normalize(path: String) -> String {
    var result = path.replacingBackslashes()
    while result.hasPrefix("./") { result.removeFirst(2) }
    return result
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  package func trimmingASCIISpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" || first == "\r" {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" {
      scalars.removeLast()
    }
    return String(scalars)
  }

  fileprivate func replacingBackslashes() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\\" ? "/" : $0 }))
  }
}
