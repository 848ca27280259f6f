/// The tool's version, printed by `pipeline --version` and written into `datapackage.json`.
enum PipelineVersion {
  /// Semantic version of the tool and of its table contract.
  static let current = "0.1.0"
}
