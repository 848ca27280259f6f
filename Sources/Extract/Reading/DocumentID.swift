/// Document ids: the first 16 hex digits of SHA-256 of the relative path.
///
/// The id depends on the path only, so a re-scraped article (new bytes, same file) keeps its id,
/// and the same corpus gives the same ids on every machine.
package enum DocumentID {
  /// The id for a relative path with `/` separators.
  package static func make(path: String) -> String {
    String(SHA256.hex(Array(path.utf8)).prefix(16))
  }
}
