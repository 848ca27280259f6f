/// One input file as Extract hands it on: identity, bytes facts, decoded text and metadata.
package struct SourceDocument: Sendable {
  /// Stable id derived from the relative path (see `DocumentID`).
  package var docID: String
  /// The path relative to the input folder, `/` separators.
  package var path: String
  /// The file's size in bytes (0 when it could not be read).
  package var byteCount: Int
  /// SHA-256 hex of the file's bytes (empty when it could not be read).
  package var sha256: String
  /// The encoding the text was decoded with; `nil` when it was not decoded.
  package var encoding: TextEncoding?
  /// Whether the file is tagged, skipped or failed.
  package var status: DocumentStatus
  /// Why the file was skipped or failed; empty for `ok`.
  package var error: String
  /// Problems that did not stop the file (encoding fallback, NUL bytes, metadata row issues).
  package var warnings: [String]
  /// The decoded text as UTF-8 without a BOM; empty unless `status` is `ok`.
  package var text: [UInt8]
  /// What `metadata.csv` says about the file.
  package var metadata: DocumentMetadata
  /// What the top of the text says about the file (title, source line).
  package var header: DocumentHeader

  /// Creates a document; only `docID` and `path` are required.
  package init(
    docID: String, path: String, byteCount: Int = 0, sha256: String = "",
    encoding: TextEncoding? = nil, status: DocumentStatus = .ok, error: String = "",
    warnings: [String] = [], text: [UInt8] = [], metadata: DocumentMetadata = DocumentMetadata(),
    header: DocumentHeader = DocumentHeader()
  ) {
    self.docID = docID
    self.path = path
    self.byteCount = byteCount
    self.sha256 = sha256
    self.encoding = encoding
    self.status = status
    self.error = error
    self.warnings = warnings
    self.text = text
    self.metadata = metadata
    self.header = header
  }

  /// The title for the `documents` table: the metadata's, else the one found in the text.
  package var title: String { metadata.title ?? header.title ?? "" }

  /// The source for the `documents` table: the metadata's, else a `Quelle:` line in the text.
  package var source: String { metadata.source ?? header.source ?? "" }
}
