/// Whether a mention names the entity or only derives from it.
package enum MentionForm: String, Sendable, CaseIterable {
  /// A name: `Russland`, `Putins`, `OVKS`.
  case name
  /// An adjective or demonym derived from a name: `russische`, `Aserbaidschaner`, `Moskauer`.
  case adjective
}
