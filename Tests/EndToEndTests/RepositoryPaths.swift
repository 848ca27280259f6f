import Foundation

/// Paths inside the repository, found from this source file's location.
enum RepositoryPaths {
  /// The repository root.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The config folder.
  static var config: String { root + "/config" }
  /// The sample articles.
  static var samples: String { root + "/samples" }
  /// The golden tables of the sample run.
  static var golden: String { root + "/Tests/EndToEndTests/Golden" }
}
