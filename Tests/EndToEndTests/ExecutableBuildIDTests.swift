import Foundation
import Testing

@testable import pipeline

/// The build id that keeps one build's analysis cache from another's.
@Suite struct ExecutableBuildIDTests {
  /// A note: sizes and type (little-endian), the owner name and descriptor padded to 4 bytes.
  private func note(type: UInt32, name: [UInt8], descriptor: [UInt8]) -> [UInt8] {
    func word(_ value: UInt32) -> [UInt8] {
      (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
    func padded(_ bytes: [UInt8]) -> [UInt8] {
      bytes + [UInt8](repeating: 0, count: (4 - bytes.count % 4) % 4)
    }
    return word(UInt32(name.count)) + word(UInt32(descriptor.count)) + word(type) + padded(name)
      + padded(descriptor)
  }

  /// A minimal 64-bit little-endian ELF file: the header, a loadable segment and a note segment
  /// holding `notes`.
  private func elf(notes: [UInt8]) -> [UInt8] {
    func little(_ value: UInt64, _ size: Int) -> [UInt8] {
      (0..<size).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
    var header = [UInt8](repeating: 0, count: 64)
    header.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
    header.replaceSubrange(0x20..<0x28, with: little(64, 8))
    header.replaceSubrange(0x36..<0x38, with: little(56, 2))
    header.replaceSubrange(0x38..<0x3A, with: little(2, 2))
    func segment(type: UInt64, offset: UInt64, size: UInt64) -> [UInt8] {
      little(type, 4) + little(0, 4) + little(offset, 8) + little(0, 16) + little(size, 8)
        + little(size, 8) + little(4, 8)
    }
    let notesOffset = UInt64(64 + 2 * 56)
    return header + segment(type: 1, offset: 0, size: 64)
      + segment(type: 4, offset: notesOffset, size: UInt64(notes.count)) + notes
  }

  @Test func readsTheGNUBuildIDNoteAfterOtherNotes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let gnu: [UInt8] = [0x47, 0x4E, 0x55, 0]
    let notes =
      note(type: 1, name: gnu, descriptor: [0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0])
      + note(type: 3, name: [0x58, 0], descriptor: [0xEE])
      + note(type: 3, name: gnu, descriptor: [0x00, 0x1F, 0xA0, 0xFF, 0x42])
    try folder.write("program", elf(notes: notes))
    #expect(ExecutableBuildID.read(path: folder.path + "/program") == "001fa0ff42")
  }

  @Test func noIDWithoutTheNoteOrWithoutAnELFFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "abi-only", elf(notes: note(type: 1, name: [0x47, 0x4E, 0x55, 0], descriptor: [1, 2, 3, 4])))
    try folder.write("script", Array("#!/bin/sh\necho hallo\n".utf8))
    try folder.write("cut", Array(elf(notes: [])[0..<40]))
    for name in ["abi-only", "script", "cut", "missing"] {
      #expect(ExecutableBuildID.read(path: folder.path + "/" + name) == nil, "\(name)")
    }
  }

  @Test func notesPaddedToEightBytesAreReadInASegmentAlignedToEight() {
    // A property note: the 12-byte header, `GNU\0`, 12 descriptor bytes to offset 28, padded to
    // 32; then the id note, its descriptor at 48 (not at 44, where 4-byte padding puts it).
    let property: [UInt8] =
      [4, 0, 0, 0, 12, 0, 0, 0, 5, 0, 0, 0, 0x47, 0x4E, 0x55, 0]
      + [UInt8](repeating: 7, count: 12) + [0, 0, 0, 0]
    let id: [UInt8] =
      [4, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 0x47, 0x4E, 0x55, 0, 0xAB, 0xCD, 0xEF] + [0, 0, 0, 0, 0]
    #expect(ExecutableBuildID.buildID(inNotes: property + id, alignment: 8) == "abcdef")
    #expect(ExecutableBuildID.buildID(inNotes: property + id, alignment: 4) != "abcdef")
  }

  @Test func aNoteThatRunsPastItsSegmentIsIgnored() {
    let truncated = Array(
      note(type: 3, name: [0x47, 0x4E, 0x55, 0], descriptor: [1, 2, 3, 4, 5, 6, 7, 8]).dropLast(4))
    #expect(ExecutableBuildID.buildID(inNotes: truncated) == nil)
  }

  #if os(Linux)
    @Test func theRunningExecutableHasOne() throws {
      let id = try #require(ExecutableBuildID.current)
      #expect(id.count >= 16 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }
  #endif

  @Test func theBuildIDChangesTheConfigurationHash() {
    let config = RepositoryPaths.config
    let first = ConfigurationHash.compute(configDirectory: config, settings: [], build: "aa")
    #expect(first == ConfigurationHash.compute(configDirectory: config, settings: [], build: "aa"))
    #expect(first != ConfigurationHash.compute(configDirectory: config, settings: [], build: "ab"))
    #expect(first != ConfigurationHash.compute(configDirectory: config, settings: [], build: nil))
  }
}
