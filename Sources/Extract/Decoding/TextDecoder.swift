#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes a file's bytes into UTF-8 text: UTF-8 (a BOM stripped), UTF-16 with a BOM, otherwise
/// Windows-1252 as the fallback. Binary files are refused.
package enum TextDecoder {
  /// Decodes `bytes`, or explains why they are not text.
  /// - Complexity: O(n) in the number of bytes.
  package static func decode(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingError> {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return .success(decodeUTF8OrFallback(bytes, bomLength: 3))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return UTF16Transcoder.transcode(bytes).map { DecodedText(utf8: $0, encoding: .utf16) }
    }
    if let format = BinarySniffer.binaryFormat(of: bytes) {
      return .failure(.binary(format))
    }
    return .success(decodeUTF8OrFallback(bytes, bomLength: 0))
  }

  /// Reads `bytes` as UTF-8 after a BOM of `bomLength` bytes; when that fails, the whole file
  /// (a would-be BOM included, as Python's `windows-1252` codec reads it) is Windows-1252.
  private static func decodeUTF8OrFallback(_ bytes: [UInt8], bomLength: Int) -> DecodedText {
    var warnings: [String] = []
    let content = bomLength == 0 ? bytes : Array(bytes[bomLength...])
    let hasNul = bytes.withUnsafeBufferPointer {
      $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil
    }
    let nulCount = hasNul ? bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } : 0
    if nulCount > 0 {
      warnings.append("\(nulCount) NUL byte(s) kept in the text")
    }
    if let bad = UTF8Validator.firstInvalidOffset(in: content).map({ $0 + bomLength }) {
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      warnings.append(
        "not valid UTF-8 (byte 0x\(hex) at offset \(bad)); decoded as Windows-1252")
      return DecodedText(
        utf8: Windows1252.transcode(bytes), encoding: .windows1252, warnings: warnings)
    }
    let encoding: TextEncoding = bomLength == 0 ? .utf8 : .utf8WithBOM
    return DecodedText(utf8: content, encoding: encoding, warnings: warnings)
  }
}
