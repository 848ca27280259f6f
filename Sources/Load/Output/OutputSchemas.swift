/// The tables `pipeline run` writes and their columns: the contract users' scripts rely on.
/// Columns may be added at the end; none is ever renamed or dropped.
package enum OutputSchemas {
  /// One row per input file.
  package static let documents = TableSchema(
    name: "documents", title: "Documents",
    description: "One row per input .txt file, whatever became of it.",
    fields: [
      Field(
        name: "doc_id", type: .string,
        description: "Stable id: first 16 hex digits of SHA-256 of the path.", required: true),
      Field(
        name: "path", type: .string,
        description: "Path relative to the input folder, / separators.", required: true),
      Field(
        name: "sha256", type: .string,
        description: "SHA-256 of the file's bytes (hex); empty if unreadable."),
      Field(name: "bytes", type: .integer, description: "File size in bytes."),
      Field(
        name: "encoding", type: .string,
        description:
          "Python codec name the text was decoded with (utf-8, utf-8-sig, utf-16, windows-1252)."),
      Field(
        name: "title", type: .string,
        description: "Title from metadata.csv, else the first headline-like line."),
      Field(
        name: "published", type: .date,
        description:
          "Publication date: metadata.csv, else a full date header or dateline in the text."),
      Field(
        name: "status", type: .string, description: "ok, skipped or error.", required: true,
        enumValues: ["ok", "skipped", "error"]),
      Field(
        name: "error", type: .string,
        description: "Why the file was skipped or failed; empty for ok."),
      Field(name: "sentences", type: .integer, description: "Number of sentences."),
      Field(name: "tokens", type: .integer, description: "Number of tokens."),
      Field(
        name: "mentions", type: .integer,
        description: "Number of rows in mentions for this document."),
      Field(
        name: "dates", type: .integer, description: "Number of rows in dates for this document."),
      Field(
        name: "source", type: .string,
        description: "Source from metadata.csv, else a Quelle:/Source: line."),
      Field(name: "url", type: .string, description: "URL from metadata.csv."),
      Field(
        name: "document_date", type: .string,
        description:
          "The date relative dates were resolved against (YYYY-MM-DD, XXXX for an unknown year)."),
      Field(
        name: "document_date_source", type: .string, description: "Where document_date came from.",
        enumValues: ["metadata", "header", "dateline", "reference", "none"]),
      Field(
        name: "warnings", type: .string,
        description: "Problems that did not stop the file, separated by ' | '."),
    ],
    primaryKey: ["doc_id"])

  /// One row per entity mention.
  package static let mentions = TableSchema(
    name: "mentions", title: "Entity mentions",
    description:
      "Every person, organization and place mention, with code-point offsets into the decoded file text (end exclusive).",
    fields: [
      Field(name: "doc_id", type: .string, description: "The document.", required: true),
      Field(
        name: "sentence", type: .integer, description: "0-based sentence index in the document."),
      Field(
        name: "start", type: .integer, description: "Code-point offset of the first character.",
        required: true),
      Field(
        name: "end", type: .integer, description: "Code-point offset after the last character.",
        required: true),
      Field(
        name: "surface", type: .string, description: "The text of the mention.", required: true),
      Field(
        name: "entity_id", type: .string,
        description: "Entity id: the gazetteer's, or x_… from the variant key for unknown names.",
        required: true),
      Field(
        name: "canonical_name", type: .string, description: "The entity's canonical (English) name."
      ),
      Field(
        name: "type", type: .string, description: "PER, ORG or LOC.", required: true,
        enumValues: ["PER", "ORG", "LOC"]),
      Field(
        name: "form", type: .string,
        description: "name, or adjective for derived adjectives and demonyms.",
        enumValues: ["name", "adjective"]),
      Field(
        name: "method", type: .string,
        description:
          "The rule that found it: gazetteer, variant, given_name, pattern, acronym, coreference."),
      Field(
        name: "how", type: .string,
        description:
          "How the surface was matched to the entity: exact, alias, inflection, variant, partial, unknown, adjective."
      ),
      Field(name: "confidence", type: .number, description: "How sure the rule is, 0 to 1."),
      Field(
        name: "in_compound", type: .boolean,
        description: "The mention is the name part of a hyphen compound (OVKS-Gipfel)."),
    ],
    foreignKeys: [
      ForeignKey(fields: ["doc_id"], referencedTable: "documents", referencedFields: ["doc_id"])
    ])

  /// One row per entity.
  package static let entities = TableSchema(
    name: "entities", title: "Entities",
    description: "Every entity mentioned at least once, with counts over the whole run.",
    fields: [
      Field(name: "entity_id", type: .string, description: "The entity id.", required: true),
      Field(
        name: "canonical_name", type: .string,
        description: "Canonical (English) name; for unknown names the most frequent surface."),
      Field(
        name: "type", type: .string, description: "PER, ORG or LOC.",
        enumValues: ["PER", "ORG", "LOC"]),
      Field(
        name: "mention_count", type: .integer,
        description: "Mentions as a name (adjectives not counted)."),
      Field(
        name: "doc_count", type: .integer,
        description: "Documents with at least one mention (name or adjective)."),
      Field(
        name: "variants", type: .string,
        description: "Distinct surfaces, most frequent first, separated by |."),
      Field(
        name: "adjective_count", type: .integer, description: "Mentions as an adjective or demonym."
      ),
      Field(
        name: "kind", type: .string,
        description:
          "Gazetteer kind (country, city, person, intergovernmental, …); empty for unknown names."),
      Field(
        name: "country", type: .string,
        description: "ISO 3166-1 alpha-2 of the entity's country, from the gazetteer."),
      Field(
        name: "wikidata", type: .string, description: "Wikidata id, from the gazetteer where known."
      ),
      Field(
        name: "in_gazetteer", type: .boolean,
        description: "Whether the entity is a gazetteer entry."),
    ],
    primaryKey: ["entity_id"])

  /// One row per date expression.
  package static let dates = TableSchema(
    name: "dates", title: "Date expressions",
    description: "Every date expression with its TIMEX3 value and the ISO days it covers.",
    fields: [
      Field(name: "doc_id", type: .string, description: "The document.", required: true),
      Field(
        name: "sentence", type: .integer, description: "0-based sentence index in the document."),
      Field(
        name: "start", type: .integer, description: "Code-point offset of the first character.",
        required: true),
      Field(
        name: "end", type: .integer, description: "Code-point offset after the last character.",
        required: true),
      Field(
        name: "surface", type: .string, description: "The text of the expression.", required: true),
      Field(
        name: "value", type: .string,
        description: "TIMEX3 value (2021-08, 2024-FA, 199, 2023-Q3, P3Y, XXXX-05-20, PAST_REF)."),
      Field(
        name: "mod", type: .string,
        description:
          "TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER, or empty."),
      Field(
        name: "granularity", type: .string,
        description: "day, week, month, quarter, half, season, year, decade, century."),
      Field(name: "range_start", type: .date, description: "First ISO day the expression covers."),
      Field(name: "range_end", type: .date, description: "Last ISO day the expression covers."),
      Field(
        name: "kind", type: .string, description: "date, duration, set or reference.",
        enumValues: ["date", "duration", "set", "reference"]),
      Field(
        name: "anchor", type: .string,
        description: "absolute, document_date, or none (unresolved).",
        enumValues: ["absolute", "document_date", "none"]),
    ],
    foreignKeys: [
      ForeignKey(fields: ["doc_id"], referencedTable: "documents", referencedFields: ["doc_id"])
    ])

  /// One row per distinct surface and entity: the audit of every merge.
  package static let variants = TableSchema(
    name: "variants", title: "Name variants",
    description:
      "Each surface form seen in the run, the entity it was linked to, how, and how often.",
    fields: [
      Field(name: "surface", type: .string, description: "The surface as written.", required: true),
      Field(
        name: "entity_id", type: .string, description: "The entity it was linked to.",
        required: true),
      Field(name: "canonical_name", type: .string, description: "The entity's canonical name."),
      Field(
        name: "type", type: .string, description: "PER, ORG or LOC.",
        enumValues: ["PER", "ORG", "LOC"]),
      Field(name: "count", type: .integer, description: "Mentions with this surface and entity."),
      Field(
        name: "doc_count", type: .integer, description: "Documents with this surface and entity."),
      Field(
        name: "how", type: .string,
        description: "How the surface was matched (the most frequent way)."),
      Field(
        name: "method", type: .string, description: "The rule that found it (the most frequent)."),
    ],
    primaryKey: ["surface", "entity_id"],
    foreignKeys: [
      ForeignKey(
        fields: ["entity_id"], referencedTable: "entities", referencedFields: ["entity_id"])
    ])

  /// All tables in the order they are written and described.
  package static let all = [documents, mentions, entities, dates, variants]
}
