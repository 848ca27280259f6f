import Foundation
import Load

/// The settings of `config/pipeline.json`, with paths resolved against the repository root (the
/// folder that holds the config folder).
struct PipelineSettings: Sendable, Equatable {
  /// The folder of articles.
  var input: String
  /// The folder the tables are written to.
  var output: String
  /// A metadata file other than `INPUT/metadata.csv`, if any.
  var metadata: String?
  /// The document date for articles that have none (`YYYY-MM-DD`), if any.
  var referenceDate: String?
  /// Files larger than this are skipped.
  var maxFileBytes: Int
  /// Whether CSV files start with a UTF-8 byte order mark (for Excel).
  var csvBOM: Bool
  /// Worker threads; 0 means one per core.
  var threads: Int
  /// Entities whose counts are kept in memory before they spill to sorted runs on disk.
  var entityMemoryLimit: Int

  /// The keys `pipeline.json` may hold.
  static let knownKeys: Set<String> = [
    "input", "output", "metadata", "reference_date", "max_file_bytes", "csv_bom", "threads",
    "entity_memory_limit",
  ]

  /// Reads `pipeline.json` from `configDirectory`; relative paths in it are relative to the
  /// folder that contains `configDirectory`.
  static func load(configDirectory: String) throws(CommandFailure) -> PipelineSettings {
    let path = configDirectory + "/pipeline.json"
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure(
        code: .noInput,
        message: "cannot read \(path); run from the repository root or pass --config DIR")
    }
    let object: [String: Any]
    do {
      guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw CommandFailure(
          code: .dataError, message: "\(path): the top level must be a JSON object")
      }
      object = parsed
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure(
        code: .dataError, message: "\(path): not valid JSON (\(error.localizedDescription))")
    }
    let unknown = Set(object.keys).subtracting(knownKeys).sorted()
    guard unknown.isEmpty else {
      throw CommandFailure(
        code: .dataError,
        message:
          "\(path): unknown key(s) \(unknown.joined(separator: ", ")); known keys: \(knownKeys.sorted().joined(separator: ", "))"
      )
    }
    let file: SettingsFile
    do {
      file = try JSONDecoder().decode(SettingsFile.self, from: data)
    } catch Swift.DecodingError.typeMismatch(_, let context) {
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw CommandFailure(
        code: .dataError,
        message: "\(path): \(key) has the wrong type (\(context.debugDescription))")
    } catch {
      throw CommandFailure(code: .dataError, message: "\(path): \(error)")
    }
    for (key, value, minimum) in [
      ("max_file_bytes", file.maxFileBytes, 1), ("threads", file.threads, 0),
      ("entity_memory_limit", file.entityMemoryLimit, 1),
    ] {
      if let value, value < minimum {
        throw CommandFailure(
          code: .dataError, message: "\(path): \(key) must be at least \(minimum), not \(value)")
      }
    }
    let root = URL(fileURLWithPath: configDirectory).standardizedFileURL.deletingLastPathComponent()
      .path
    func resolve(_ value: String?) -> String? {
      guard let value else { return nil }
      return value.hasPrefix("/") ? value : root + "/" + value
    }
    return PipelineSettings(
      input: resolve(file.input) ?? root + "/samples",
      output: resolve(file.output) ?? root + "/output",
      metadata: resolve(file.metadata),
      referenceDate: file.referenceDate,
      maxFileBytes: file.maxFileBytes ?? 8 << 20,
      csvBOM: file.csvBOM ?? true,
      threads: file.threads ?? 0,
      entityMemoryLimit: file.entityMemoryLimit ?? RunWriter.defaultEntityMemoryLimit)
  }
}

/// The JSON shape of `pipeline.json`; every key is optional.
private struct SettingsFile: Decodable {
  var input: String?
  var output: String?
  var metadata: String?
  var referenceDate: String?
  var maxFileBytes: Int?
  var csvBOM: Bool?
  var threads: Int?
  var entityMemoryLimit: Int?

  /// The keys as written in the file.
  enum CodingKeys: String, CodingKey {
    case input, output, metadata, threads
    case referenceDate = "reference_date"
    case maxFileBytes = "max_file_bytes"
    case csvBOM = "csv_bom"
    case entityMemoryLimit = "entity_memory_limit"
  }
}
