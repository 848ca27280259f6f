/// What became of one input file; every file gets exactly one `documents` row with one of these.
package enum DocumentStatus: String, Sendable, CaseIterable {
  /// Read, decoded and tagged.
  case ok
  /// Not an article to tag (empty, only white space, larger than the configured limit).
  case skipped
  /// Could not be read or decoded (permissions, a broken link, binary content, invalid UTF-16).
  case error
}
