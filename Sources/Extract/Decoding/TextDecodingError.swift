/// Why a file's bytes could not be read as a text article.
package enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are a known binary format or mostly control bytes.
  case binary(String)
  /// A UTF-16 file whose content is not valid UTF-16.
  case invalidUTF16(byteOffset: Int)

  /// A one-line message for the `error` column.
  package var description: String {
    switch self {
    case .binary(let what): "binary content (\(what)), not a text article"
    case .invalidUTF16(let offset): "invalid UTF-16 at byte \(offset)"
    }
  }
}
