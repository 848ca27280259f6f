/// The character encoding a file was decoded with, named as Python's codecs name it.
///
/// The names are chosen so that `open(path, encoding=name, newline='').read()` in Python yields
/// exactly the text whose code-point offsets the tables report (a BOM is never part of the text).
package enum TextEncoding: String, Sendable, CaseIterable {
  /// UTF-8 without a byte order mark.
  case utf8 = "utf-8"
  /// UTF-8 that starts with a byte order mark (`EF BB BF`), which is not part of the text.
  case utf8WithBOM = "utf-8-sig"
  /// UTF-16 with a byte order mark (either byte order); the mark is not part of the text.
  case utf16 = "utf-16"
  /// Windows-1252, the fallback for bytes that are not valid UTF-8 (it covers ISO 8859-1 text).
  case windows1252 = "windows-1252"
}
