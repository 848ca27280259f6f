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
}
