import Foundation

/// A fresh folder under the system temporary directory, removed when the value is dropped.
final class TemporaryFolder {
  /// The folder.
  let url: URL

  /// Creates an empty, uniquely named folder.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("LoadTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The contents of the file at `relativePath` as bytes.
  func bytes(_ relativePath: String) throws -> [UInt8] {
    Array(try Data(contentsOf: url.appendingPathComponent(relativePath)))
  }

  /// The contents of the file at `relativePath` as UTF-8 text.
  func text(_ relativePath: String) throws -> String {
    String(decoding: try bytes(relativePath), as: UTF8.self)
  }

  /// Writes `text` to `relativePath`, creating folders as needed.
  func write(_ text: String, to relativePath: String) throws {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// The sorted names in the folder at `relativePath` (hidden ones included).
  func names(_ relativePath: String = "") throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: url.appendingPathComponent(relativePath).path
    )
    .sorted()
  }

  /// Whether something exists at `relativePath`.
  func exists(_ relativePath: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(relativePath).path)
  }
}
