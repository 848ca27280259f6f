extension CacheEncoder {
  /// Appends a table value: a tag byte, then the value.
  mutating func field(_ value: FieldValue) {
    switch value {
    case .string(let text):
      append(0)
      string(text)
    case .integer(let number):
      append(1)
      integer(number)
    case .number(let number):
      append(2)
      self.number(number)
    case .boolean(let flag):
      append(3)
      boolean(flag)
    case .null:
      append(4)
    }
  }
}

extension CacheDecoder {
  /// Reads a table value written by `CacheEncoder.field(_:)`.
  mutating func field() throws(Corrupt) -> FieldValue {
    guard offset < bytes.count else { throw Corrupt() }
    let tag = bytes[offset]
    offset += 1
    switch tag {
    case 0: return .string(try string())
    case 1: return .integer(try integer())
    case 2: return .number(try number())
    case 3: return .boolean(try boolean())
    case 4: return .null
    default: throw Corrupt()
    }
  }
}
