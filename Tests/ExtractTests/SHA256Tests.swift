import Foundation
import Testing

@testable import Extract

@Suite struct SHA256Tests {
  /// The FIPS 180-4 / NIST CAVP examples (empty, "abc", 448 and 896 bits) and a non-ASCII one.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    ("Grüße aus Jerewan", "af484528cc8a48e8b68ba2ba9b9978094e932c1ef8297e773c8ec0d15fe3a537"),
  ])
  func knownDigests(input: String, expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
    for engine in SHA256.Engine.allCases where engine.isAvailable {
      #expect(SHA256.hex(Array(input.utf8), engine: engine) == expected, "\(engine)")
    }
  }

  @Test func millionA() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    for engine in SHA256.Engine.allCases where engine.isAvailable {
      #expect(
        SHA256.hex(bytes, engine: engine)
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "\(engine)")
    }
  }

  /// Every length around the 55/56/64-byte padding edges, checked against the system's sha256sum.
  @Test func agreesWithSha256sum() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      try folder.write("f\(length)", bytes)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["sha256sum", folder.path + "/f\(length)"]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      process.waitUntilExit()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(String(output.prefix(64)) == SHA256.hex(bytes), "length \(length)")
    }
  }

  @Test func incrementalUpdatesMatchOneShot() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0) }
    var hasher = SHA256()
    hasher.update(Array(bytes[0..<10]))
    hasher.update(Array(bytes[10..<70]))
    hasher.update(Array(bytes[70...]))
    #expect(hasher.finalize().hexString == SHA256.hex(bytes))
  }

  /// Feeding the same 1,000 bytes in chunks of every awkward size gives their digest (from
  /// Python's hashlib).
  @Test(arguments: [1, 7, 55, 63, 64, 65, 127, 200, 1000])
  func chunkedUpdatesMatchOneShot(chunk: Int) {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
    var hasher = SHA256()
    var start = 0
    while start < bytes.count {
      let end = min(start + chunk, bytes.count)
      bytes[start..<end].withUnsafeBytes { hasher.update($0) }
      start = end
    }
    #expect(
      hasher.finalize().hexString
        == "9b1f933854c88e4433633db24196b7ba6282b9553cdee714193554db462d3169")
  }

  /// A collection without contiguous storage takes the copying path and hashes the same.
  @Test func nonContiguousCollection() {
    let bytes = Array("abc".utf8).lazy.map { $0 }
    #expect(SHA256.hex(bytes) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  /// Both engines give the same digest for every length from 0 to 300 bytes, fed whole and in
  /// chunks of 1, 63 and 64 bytes, and for a megabyte; the SHA instructions are used where this
  /// machine has them.
  @Test(.enabled(if: SHA256.Engine.shaExtensions.isAvailable))
  func enginesAgree() {
    let megabyte = (0..<1_048_576).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
    for length in 0...300 {
      let bytes = Array(megabyte[0..<length])
      let portable = SHA256.hex(bytes, engine: .portable)
      #expect(SHA256.hex(bytes, engine: .shaExtensions) == portable, "length \(length)")
      for chunk in [1, 63, 64] {
        var hasher = SHA256(engine: .shaExtensions)
        var start = 0
        while start < length {
          let end = min(start + chunk, length)
          bytes[start..<end].withUnsafeBytes { hasher.update($0) }
          start = end
        }
        #expect(hasher.finalize().hexString == portable, "length \(length), chunks of \(chunk)")
      }
    }
    #expect(
      SHA256.hex(megabyte, engine: .shaExtensions) == SHA256.hex(megabyte, engine: .portable))
  }

  /// The engine chosen follows what the kernel says the processor has: the SHA instructions
  /// exactly when a build that includes them (x86-64) runs where /proc/cpuinfo lists `sha_ni`.
  @Test func fastestEngineFollowsTheProcessor() throws {
    #if os(Linux)
      let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
      let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
      let hasSHA = flags.split(separator: " ").contains("sha_ni")
      let uses = hasSHA && SHA256.Engine.buildIncludesSHAExtensions
      #expect(SHA256.Engine.fastest == (uses ? .shaExtensions : .portable))
      #if !arch(x86_64)
        #expect(!SHA256.Engine.buildIncludesSHAExtensions)
      #endif
    #endif
    #expect(SHA256.Engine.portable.isAvailable)
  }
}
