import Extract

/// One document after Transform: the source facts plus everything tagged in it.
package struct AnalyzedDocument: Sendable {
  /// What Extract read.
  package var source: SourceDocument
  /// The number of sentences.
  package var sentenceCount: Int
  /// The number of tokens.
  package var tokenCount: Int
  /// The document date the relative dates were resolved against (`YYYY-MM-DD`, or with `XXXX`
  /// for an unknown year), empty when there is none.
  package var documentDate: String
  /// Where the document date came from: metadata, header, dateline, reference, none.
  package var documentDateSource: String
  /// The entity mentions in text order.
  package var mentions: [MentionRecord]
  /// The date expressions in text order.
  package var dates: [DateRecord]

  /// A document that was not tagged (skipped or failed in Extract).
  package init(untagged source: SourceDocument) {
    self.source = source
    sentenceCount = 0
    tokenCount = 0
    documentDate = ""
    documentDateSource = "none"
    mentions = []
    dates = []
  }
}
