import Foundation
import Testing

@testable import Extract

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    ("Grüße aus Jerewan", "af484528cc8a48e8b68ba2ba9b9978094e932c1ef8297e773c8ec0d15fe3a537"),
  ])
  func knownDigests(input: String, expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
  }

  @Test func millionA() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
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
}
