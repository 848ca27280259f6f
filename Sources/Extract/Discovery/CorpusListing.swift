/// What a scan of the input folder found: the article files and the problems met on the way.
package struct CorpusListing: Sendable, Equatable {
  /// Every `*.txt` file, sorted by relative path (byte order of its UTF-8).
  package var files: [DiscoveredFile]
  /// Problems with folders (unreadable, symbolic link loops), one message each; they are not fatal.
  package var findings: [String]

  /// Creates a listing.
  package init(files: [DiscoveredFile], findings: [String]) {
    self.files = files
    self.findings = findings
  }
}
