import Foundation

/// Writing the corpus into a folder, once.
extension BenchCorpus {
  /// The path of article `index` inside `folder`: a subfolder per thousand articles.
  static func path(ofArticle index: Int, in folder: String) -> String {
    String(format: "%@/%03d/article-%06d.txt", folder, index / 1000, index)
  }

  /// The marker file of a finished corpus of `count` articles from this generator version and
  /// seed; it holds the corpus size in bytes.
  func markerPath(count: Int, in folder: String) -> String {
    folder + "/.complete-\(count)-v\(Self.version)-\(String(seed, radix: 16))"
  }

  /// Writes articles `0..<count` into `folder` and returns their total size in bytes. When the
  /// folder already holds a finished corpus of the same count, version and seed, nothing is
  /// written; otherwise the folder is emptied first, so no article of an older corpus remains.
  /// - Complexity: O(n) in the size of the corpus.
  func write(count: Int, into folder: String) throws(CommandFailure) -> Int {
    let manager = FileManager.default
    let marker = markerPath(count: count, in: folder)
    if let data = manager.contents(atPath: marker),
      let total = Int(String(decoding: data, as: UTF8.self))
    {
      return total
    }
    try? manager.removeItem(atPath: folder)
    var total = 0
    for index in 0..<count {
      if index % 1000 == 0 {
        let subfolder = String(format: "%@/%03d", folder, index / 1000)
        do {
          try manager.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        } catch {
          throw CommandFailure(code: .cannotCreateOutput, message: "cannot create \(subfolder)")
        }
      }
      let bytes = article(index)
      total += bytes.count
      let path = Self.path(ofArticle: index, in: folder)
      guard manager.createFile(atPath: path, contents: Data(bytes)) else {
        throw CommandFailure(code: .cannotCreateOutput, message: "cannot write \(path)")
      }
    }
    _ = manager.createFile(atPath: marker, contents: Data(String(total).utf8))
    return total
  }
}
