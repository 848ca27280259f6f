/// The `pipeline names` table: one TAB-separated line per input name.
extension NameResolver {
  /// The header of the `pipeline names` table.
  package static let namesHeader = "name\tentity_id\tcanonical_name\tkey\thow"

  /// The `pipeline names` line for one input name, without a line end: name, entity_id,
  /// canonical_name, key, how, TAB-separated. Tabs, carriage returns and newlines in the input
  /// are written as spaces; the name column otherwise keeps the input as given.
  /// - Complexity: O(*n*) in the length of the name.
  package func namesLine(for name: String) -> String {
    let cell = Self.cell(name)
    let resolution = resolve(cell)
    return [
      cell, resolution.entityID, Self.cell(resolution.canonicalName), resolution.key,
      resolution.how.rawValue,
    ].joined(separator: "\t")
  }

  /// `text` with TAB, CR and LF replaced by spaces.
  /// - Complexity: O(*n*) in the length of the text.
  static func cell(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return String(
      decoding: text.utf8.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
  }
}
