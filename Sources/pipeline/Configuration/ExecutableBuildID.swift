#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The GNU build id of an ELF executable (its `NT_GNU_BUILD_ID` note), which the linker derives
/// from the binary's contents: the same sources built the same way give the same id, a change in
/// the code gives another. It goes into `ConfigurationHash`, so that a new build never reuses
/// the results an older one left in the analysis cache.
enum ExecutableBuildID {
  /// The most bytes of program headers or of one note segment that are read.
  private static let readLimit = 1 << 16

  /// The build id of the running executable (`/proc/self/exe`) in lowercase hex; `nil` where
  /// there is none (not Linux, or linked without `--build-id`).
  static let current: String? = read(path: "/proc/self/exe")

  /// The build id of the 64-bit little-endian ELF file at `path` in lowercase hex; `nil` when
  /// the file cannot be read, is not such a file, or has no build id note.
  /// - Complexity: O(size of its program headers and note segments).
  static func read(path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    func bytes(at offset: UInt64, count: Int) -> [UInt8]? {
      guard count > 0, count <= readLimit, offset <= UInt64(Int64.max) else { return nil }
      var buffer = [UInt8](repeating: 0, count: count)
      let read = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, count, off_t(offset))
      }
      return read == count ? buffer : nil
    }
    guard let header = bytes(at: 0, count: 64),
      header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1
    else { return nil }
    let tableOffset = integer(header, at: 0x20, size: 8)
    let entrySize = Int(integer(header, at: 0x36, size: 2))
    let entries = Int(integer(header, at: 0x38, size: 2))
    guard entrySize >= 56, let table = bytes(at: tableOffset, count: entrySize * entries) else {
      return nil
    }
    for entry in 0..<entries {
      let base = entry * entrySize
      let noteSegment: UInt64 = 4
      guard integer(table, at: base, size: 4) == noteSegment,
        let notes = bytes(
          at: integer(table, at: base + 8, size: 8),
          count: Int(clamping: integer(table, at: base + 0x20, size: 8)))
      else { continue }
      // Notes are padded to 4 bytes, or to 8 in a segment aligned to 8 (`.note.gnu.property`).
      let alignment = integer(table, at: base + 0x30, size: 8) == 8 ? 8 : 4
      if let id = buildID(inNotes: notes, alignment: alignment) { return id }
    }
    return nil
  }

  /// The hex of the descriptor of the first `NT_GNU_BUILD_ID` note (type 3, owner `GNU`) in
  /// `notes`, a note segment's bytes, whose descriptors and notes start at offsets that are
  /// multiples of `alignment`.
  static func buildID(inNotes notes: [UInt8], alignment: Int = 4) -> String? {
    let mask = alignment - 1
    var position = 0
    while position + 12 <= notes.count {
      let nameSize = Int(integer(notes, at: position, size: 4))
      let descriptorSize = Int(integer(notes, at: position + 4, size: 4))
      let type = integer(notes, at: position + 8, size: 4)
      let name = position + 12
      // Offsets from the segment's start, which is aligned: the header is 12 bytes, the name
      // follows, and the descriptor and the next note start at the next aligned offset.
      let descriptor = (name + nameSize + mask) & ~mask
      let next = (descriptor + descriptorSize + mask) & ~mask
      guard next <= notes.count else { return nil }
      if type == 3, nameSize == 4, descriptorSize > 0,
        notes[name..<name + 4].elementsEqual([0x47, 0x4E, 0x55, 0])
      {
        return notes[descriptor..<descriptor + descriptorSize].map {
          String($0 >> 4, radix: 16) + String($0 & 0xF, radix: 16)
        }.joined()
      }
      position = next
    }
    return nil
  }

  /// The little-endian unsigned integer of `size` bytes at `offset` in `bytes`.
  private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64 {
    var value: UInt64 = 0
    for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
    return value
  }
}
