import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "pipeline-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `relative` inside the folder, creating folders on the way.
  func write(_ relative: String, _ bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: path + "/" + relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Writes `copies` copies of the sample articles into the folders `0`, `1`, … and returns
  /// the number of articles in one copy.
  func writeSampleCopies(_ copies: Int) throws -> Int {
    let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.samples)
      .filter { $0.hasSuffix(".txt") }
    for name in names {
      let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.samples + "/" + name))
      for copy in 0..<copies { try write("\(copy)/\(name)", [UInt8](data)) }
    }
    return names.count
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
