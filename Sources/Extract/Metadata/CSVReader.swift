/// Reads RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF line ends, a leading UTF-8 BOM.
package enum CSVReader {
  /// A malformed CSV file, with the line where the problem starts.
  package struct ParseError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    package var line: Int
    /// What is wrong.
    package var reason: String
    /// `line N: reason`.
    package var description: String { "line \(line): \(reason)" }
  }

  /// One record and the 1-based line it starts on.
  package struct Record: Equatable, Sendable {
    /// The line the record starts on.
    package var line: Int
    /// The fields, unquoted.
    package var fields: [String]
  }

  /// Parses `bytes` into records; empty lines are skipped.
  /// - Complexity: O(n) in the number of bytes.
  package static func records(_ bytes: [UInt8]) throws(ParseError) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var fieldWasQuoted = false
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      fieldWasQuoted = false
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(line: recordLine, fields: fields))
      }
      fields.removeAll()
    }
    while i < bytes.count {
      let byte = bytes[i]
      if inQuotes {
        if byte == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            i += 2
            continue
          }
          inQuotes = false
        } else {
          if byte == UInt8(ascii: "\n") { line += 1 }
          field.append(byte)
        }
        i += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard field.isEmpty && !fieldWasQuoted else {
          throw ParseError(
            line: line,
            reason:
              "a quote inside an unquoted field; quote the whole field and double inner quotes")
        }
        inQuotes = true
        fieldWasQuoted = true
      case UInt8(ascii: ","):
        endField()
      case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
        break
      case UInt8(ascii: "\n"):
        endRecord()
        line += 1
        recordLine = line
      default:
        if fieldWasQuoted {
          throw ParseError(line: line, reason: "text after a closing quote")
        }
        field.append(byte)
      }
      i += 1
    }
    if inQuotes {
      throw ParseError(line: recordLine, reason: "a quoted field is never closed")
    }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }
}
