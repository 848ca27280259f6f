/// One `.txt` file found under the input folder.
package struct DiscoveredFile: Sendable, Equatable {
  /// The path relative to the input folder, with `/` separators.
  package var relativePath: String
  /// The absolute path as the file system knows it.
  package var absolutePath: String
  /// Why the file cannot be read, when that is already known from the listing (a broken link).
  package var problem: String?
  /// The size the listing saw, in bytes (0 when unknown); the reader reads the file afresh.
  package var byteCount: Int

  /// Creates a discovered file.
  package init(
    relativePath: String, absolutePath: String, problem: String? = nil, byteCount: Int = 0
  ) {
    self.relativePath = relativePath
    self.absolutePath = absolutePath
    self.problem = problem
    self.byteCount = byteCount
  }
}
