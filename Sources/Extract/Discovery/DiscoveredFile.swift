/// One `.txt` file found under the input folder.
package struct DiscoveredFile: Sendable, Equatable {
  /// The path relative to the input folder, with `/` separators.
  package var relativePath: String
  /// The absolute path as the file system knows it.
  package var absolutePath: String
  /// Why the file cannot be read, when that is already known from the listing (a broken link).
  package var problem: String?

  /// Creates a discovered file.
  package init(relativePath: String, absolutePath: String, problem: String? = nil) {
    self.relativePath = relativePath
    self.absolutePath = absolutePath
    self.problem = problem
  }
}
