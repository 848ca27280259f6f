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

/// An aligned buffer, as direct I/O needs: its bytes start at a multiple of the alignment before
/// and after it grows, and dropping a prefix keeps the rest in order.
@Suite struct AlignedByteBufferTests {
  /// The address of the buffer's first byte modulo `alignment`.
  static func misalignment(of buffer: borrowing ByteBuffer, _ alignment: Int) -> Int {
    buffer.withUnsafeBytes { Int(bitPattern: $0.baseAddress) % alignment }
  }

  @Test func staysAlignedAsItGrows() {
    var buffer = ByteBuffer(capacity: 16, alignment: 4096)
    buffer.append(0x41)
    #expect(Self.misalignment(of: buffer, 4096) == 0)
    for byte in 0..<10_000 { buffer.append(UInt8(truncatingIfNeeded: byte)) }
    #expect(Self.misalignment(of: buffer, 4096) == 0)
    let count = buffer.count
    #expect(count == 10_001)
    let bytes = buffer.bytes
    #expect(bytes == [0x41] + (0..<10_000).map { UInt8(truncatingIfNeeded: $0) })
  }

  @Test func removeFirstKeepsTheRestInOrder() {
    var buffer = ByteBuffer(capacity: 16, alignment: 64)
    buffer.append("Kiew,Kyiv,Kijiw")
    buffer.removeFirst(5)
    let afterFive = buffer.bytes
    #expect(afterFive == Array("Kyiv,Kijiw".utf8))
    buffer.removeFirst(0)
    let afterNone = buffer.bytes
    #expect(afterNone == Array("Kyiv,Kijiw".utf8))
    buffer.append(",Kyjiw")
    let appended = buffer.bytes
    #expect(appended == Array("Kyiv,Kijiw,Kyjiw".utf8))
    buffer.removeFirst(buffer.count)
    let isEmpty = buffer.isEmpty
    #expect(isEmpty)
    #expect(Self.misalignment(of: buffer, 64) == 0)
  }
}

/// Storage allocations handed back for reuse: a freed storage returns its allocation, the next
/// buffer that fits takes it, and the pool keeps no more than its limit.
@Suite struct RecycledAllocationsTests {
  /// The address of a buffer's first byte.
  static func address(of buffer: borrowing ByteBuffer) -> Int {
    buffer.withUnsafeBytes { Int(bitPattern: $0.baseAddress) }
  }

  @Test func aFreedStorageIsReusedByTheNextBufferThatFits() {
    let allocations = RecycledAllocations(limit: 4, byteLimit: 1 << 20)
    var first = ByteBuffer(capacity: 8192, from: allocations)
    let address = Self.address(of: first)
    first.append("Lawrow,Lavrov")
    var storage: ByteStorage? = first.storage(returningTo: allocations)
    #expect(Array(storage!.buffer) == Array("Lawrow,Lavrov".utf8))
    #expect(allocations.count == 0)
    storage = nil
    #expect(allocations.count == 1)
    var second = ByteBuffer(capacity: 4096, from: allocations)
    #expect(Self.address(of: second) == address)
    #expect(allocations.count == 0)
    second.append("Schoigu")
    let bytes = second.bytes
    #expect(bytes == Array("Schoigu".utf8))
  }

  @Test func aKeptAllocationTooSmallIsFreedAndAFreshOneMade() {
    let allocations = RecycledAllocations(limit: 4, byteLimit: 1 << 20)
    _ = ByteBuffer(capacity: 4096).storage(returningTo: allocations)
    #expect(allocations.count == 1)
    var buffer = ByteBuffer(capacity: 100_000, from: allocations)
    #expect(allocations.count == 0)
    for byte in 0..<100_000 { buffer.append(UInt8(truncatingIfNeeded: byte)) }
    let count = buffer.count
    #expect(count == 100_000)
  }

  @Test func noMoreThanTheLimitIsKept() {
    let allocations = RecycledAllocations(limit: 2, byteLimit: 1 << 20)
    let storages = (0..<3).map { _ in ByteBuffer(capacity: 64).storage(returningTo: allocations) }
    #expect(storages.count == 3)
    _ = consume storages
    #expect(allocations.count == 2)
  }

  @Test func noMoreThanTheByteLimitIsKept() {
    let allocations = RecycledAllocations(limit: 100, byteLimit: 10_000)
    let storages = [4096, 4096, 4096, 64].map {
      ByteBuffer(capacity: $0).storage(returningTo: allocations)
    }
    #expect(storages.count == 4)
    _ = consume storages
    // Two of the 4 KiB allocations and the small one fit under 10,000 bytes.
    #expect(allocations.count == 3)
    #expect(allocations.bytes == 4096 + 4096 + 64)
  }

  @Test func storageWithoutAPoolKeepsNothing() {
    let allocations = RecycledAllocations(limit: 2, byteLimit: 1 << 20)
    _ = ByteBuffer(capacity: 64, from: allocations).storage()
    #expect(allocations.count == 0)
  }
}
