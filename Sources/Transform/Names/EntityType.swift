/// The coarse class of a named entity, as written in the gazetteer's `type` column.
package enum EntityType: String, Sendable, CaseIterable {
  /// A person (`PER`).
  case person = "PER"
  /// An organization, including governments, parties, companies and media (`ORG`).
  case organization = "ORG"
  /// A place: country, territory, city, region or geographic feature (`LOC`).
  case location = "LOC"
}
