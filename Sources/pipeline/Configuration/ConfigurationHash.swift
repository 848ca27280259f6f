import Extract
import Foundation

/// A fingerprint of everything that changes what Transform finds: the tool's version and build,
/// the gazetteer and lexicon files, and the run settings that affect tagging. The analysis cache
/// is only reused when it matches.
enum ConfigurationHash {
  /// SHA-256 hex over the version, the executable's build id (`build`, where there is one: a
  /// new build may tag differently under the same version), `settings` (name=value lines) and
  /// every `*.tsv`/`*.txt` file in `gazetteer/` and `lexicon/` of the config folder, with their
  /// names, in sorted order.
  static func compute(
    configDirectory: String, settings: [String], build: String? = ExecutableBuildID.current
  ) -> String {
    var hasher = SHA256()
    hasher.update(Array(("version=" + PipelineVersion.current + "\n").utf8))
    if let build { hasher.update(Array(("build=" + build + "\n").utf8)) }
    for line in settings { hasher.update(Array((line + "\n").utf8)) }
    let manager = FileManager.default
    for folder in ["gazetteer", "lexicon"] {
      let path = configDirectory + "/" + folder
      let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? [])
        .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
      for name in names {
        hasher.update(Array("\(folder)/\(name)\n".utf8))
        if let data = manager.contents(atPath: path + "/" + name) { hasher.update([UInt8](data)) }
      }
    }
    return hasher.finalize().hexString
  }
}
