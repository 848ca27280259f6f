import Load
import Testing

/// Handing a buffer's bytes over: the storage holds exactly what was appended, across growth,
/// and outlives the buffer it came from.
@Suite struct ByteBufferTests {
  @Test func storageHoldsTheAppendedBytes() {
    var buffer = ByteBuffer(capacity: 16)
    buffer.append("Jerewan,")
    for byte in UInt8(0)..<200 { buffer.append(byte) }
    buffer.append(0x0D, 0x0A)
    let storage = buffer.storage()
    #expect(storage.count == 8 + 200 + 2)
    #expect(Array(storage.buffer) == Array("Jerewan,".utf8) + Array(0..<200) + [0x0D, 0x0A])
  }

  @Test func emptyBufferGivesEmptyStorage() {
    let storage = ByteBuffer().storage()
    #expect(storage.count == 0)
    #expect(Array(storage.buffer).isEmpty)
  }

  @Test func appendsEveryLengthAtEveryOffsetExactly() {
    // Lengths around the short-copy boundaries (1–3, 4–7, 8–16, longer), after 0–8 bytes
    // already there, so that the overlapping loads and stores meet unaligned addresses.
    let source = (0..<40).map { UInt8(0x41 + $0) }
    for offset in 0...8 {
      for length in 0...source.count {
        var buffer = ByteBuffer(capacity: 16)
        for _ in 0..<offset { buffer.append(0x2E) }
        source.withUnsafeBufferPointer {
          buffer.append(UnsafeBufferPointer(rebasing: $0[0..<length]))
        }
        buffer.append(0x7C)
        let expected = [UInt8](repeating: 0x2E, count: offset) + source[0..<length] + [0x7C]
        #expect(buffer.bytes == expected, "offset \(offset), length \(length)")
      }
    }
  }
}
