/// What `metadata.csv` says about one article; every field is optional.
package struct DocumentMetadata: Sendable, Equatable {
  /// The publication date as an ISO 8601 day `YYYY-MM-DD`.
  package var published: String?
  /// The publisher or agency.
  package var source: String?
  /// Where the article was scraped from.
  package var url: String?
  /// The headline.
  package var title: String?

  /// Creates metadata.
  package init(
    published: String? = nil, source: String? = nil, url: String? = nil, title: String? = nil
  ) {
    self.published = published
    self.source = source
    self.url = url
    self.title = title
  }
}
