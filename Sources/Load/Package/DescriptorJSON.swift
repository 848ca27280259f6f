/// A JSON value whose object keys keep the order they were given in, rendered pretty-printed
/// with two-space indentation; used for `datapackage.json` and `run.json`.
package indirect enum DescriptorJSON {
  /// An object with keys in this order.
  case object([(key: String, value: DescriptorJSON)])
  /// An array; one of scalars only is written on one line.
  case array([DescriptorJSON])
  /// A string.
  case string(String)
  /// `true` or `false`.
  case boolean(Bool)
  /// An integer.
  case integer(Int)
  /// A number in its shortest round-trip form; `null` if not finite.
  case number(Double)

  /// An array of strings.
  package static func strings(_ values: [String]) -> DescriptorJSON {
    .array(values.map { .string($0) })
  }

  /// The rendered text followed by `\n`.
  /// - Complexity: O(n) in the size of the value.
  package func rendered() -> [UInt8] {
    var buffer = ByteBuffer()
    render(into: &buffer, indent: 0)
    buffer.append(ASCII.lf)
    return buffer.bytes
  }

  /// Appends this value; nested lines are indented by `indent` + 2 spaces.
  private func render(into buffer: inout ByteBuffer, indent: Int) {
    switch self {
    case .string(let text):
      JSONLineFormatter.appendString(text, to: &buffer)
    case .boolean(let value):
      JSONLineFormatter.appendBoolean(value, to: &buffer)
    case .integer(let value):
      JSONLineFormatter.appendInteger(value, to: &buffer)
    case .number(let value):
      JSONLineFormatter.appendNumber(value, to: &buffer)
    case .array(let elements) where elements.allSatisfy(\.isScalar):
      buffer.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { buffer.append(", ") }
        element.render(into: &buffer, indent: indent)
      }
      buffer.append(UInt8(ascii: "]"))
    case .array(let elements):
      buffer.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        buffer.append(index > 0 ? ",\n" : "\n")
        Self.appendIndent(indent + 2, to: &buffer)
        element.render(into: &buffer, indent: indent + 2)
      }
      buffer.append(ASCII.lf)
      Self.appendIndent(indent, to: &buffer)
      buffer.append(UInt8(ascii: "]"))
    case .object(let members):
      buffer.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        buffer.append(index > 0 ? ",\n" : "\n")
        Self.appendIndent(indent + 2, to: &buffer)
        JSONLineFormatter.appendString(member.key, to: &buffer)
        buffer.append(": ")
        member.value.render(into: &buffer, indent: indent + 2)
      }
      if !members.isEmpty {
        buffer.append(ASCII.lf)
        Self.appendIndent(indent, to: &buffer)
      }
      buffer.append(UInt8(ascii: "}"))
    }
  }

  /// Whether this is a string, boolean or number (written inline inside arrays).
  private var isScalar: Bool {
    switch self {
    case .string, .boolean, .integer, .number: true
    case .array, .object: false
    }
  }

  /// Appends `count` spaces.
  private static func appendIndent(_ count: Int, to buffer: inout ByteBuffer) {
    for _ in 0..<count { buffer.append(ASCII.space) }
  }
}
