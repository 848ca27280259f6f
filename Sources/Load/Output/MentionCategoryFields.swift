import Transform

/// The `type`, `form`, `method` and `how` fields of a `mentions` row, four small enumerations
/// side by side, formatted once for every combination of their cases as CSV (each field after
/// its comma) and as JSON members, so that a row copies two runs of bytes instead of
/// formatting four fields.
struct MentionCategoryFields: Sendable {
  /// The CSV bytes of every combination, back to back.
  private let csv: [UInt8]
  /// The end of each combination's CSV bytes in `csv`.
  private let csvEnds: [Int]
  /// The JSON members of every combination, back to back.
  private let json: [UInt8]
  /// The end of each combination's JSON members in `json`.
  private let jsonEnds: [Int]

  /// The fields for rows whose `type` is column number `typeColumn` (never the first) of the
  /// table `formatter` writes, with `form`, `method` and `how` after it.
  init(typeColumn: Int, json formatter: JSONLineFormatter) {
    precondition(typeColumn > 0, "the type column follows other columns")
    var csvBuffer = ByteBuffer(capacity: 4096)
    var jsonBuffer = ByteBuffer(capacity: 16384)
    var csvEnds: [Int] = []
    var jsonEnds: [Int] = []
    for type in EntityType.allCases {
      for form in MentionForm.allCases {
        for method in MentionMethod.allCases {
          for how in MatchMethod.allCases {
            var column = typeColumn
            for value in [type.rawValue, form.rawValue, method.rawValue, how.rawValue] {
              BothForms.appendText(
                value, column: &column, json: formatter, csv: &csvBuffer, json: &jsonBuffer)
            }
            csvEnds.append(csvBuffer.count)
            jsonEnds.append(jsonBuffer.count)
          }
        }
      }
    }
    csv = csvBuffer.bytes
    json = jsonBuffer.bytes
    self.csvEnds = csvEnds
    self.jsonEnds = jsonEnds
  }

  /// Appends the four fields of `mention` to `csvBuffer` and `jsonBuffer`.
  /// - Complexity: O(length of the fields).
  @inline(__always)
  func append(
    _ mention: EntityMention, csv csvBuffer: inout ByteBuffer, json jsonBuffer: inout ByteBuffer
  ) {
    let combination =
      ((mention.type.ordinal * MentionForm.caseCount + mention.form.ordinal)
        * MentionMethod.caseCount + mention.method.ordinal) * MatchMethod.caseCount
      + mention.how.ordinal
    Self.append(csv, ends: csvEnds, combination, to: &csvBuffer)
    Self.append(json, ends: jsonEnds, combination, to: &jsonBuffer)
  }

  /// Appends the bytes of `combination` from `bytes`.
  @inline(__always)
  private static func append(
    _ bytes: [UInt8], ends: [Int], _ combination: Int, to buffer: inout ByteBuffer
  ) {
    let start = combination == 0 ? 0 : ends[combination - 1]
    bytes.withUnsafeBufferPointer { all in
      buffer.append(UnsafeBufferPointer(rebasing: all[start..<ends[combination]]))
    }
  }
}
