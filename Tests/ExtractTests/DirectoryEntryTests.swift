import Testing

@testable import Extract

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names of directory entries are read up to their NUL, never as the whole 256-byte field.
@Suite struct DirectoryEntryTests {
  @Test func anEntryEndingAtAnUnreadablePageIsReadUpToItsName() throws {
    // The last record of a `readdir` buffer may end right before an unmapped page: lay one out
    // that way, with the page after it made unreadable, so that reading past the name faults.
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    // A regression shows as a crash of the test process, not as a recorded failure.
    let mapped = mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    try #require(mapped != MAP_FAILED)
    let memory = try #require(mapped)
    defer { munmap(memory, 2 * page) }
    try #require(mprotect(memory + page, page, PROT_NONE) == 0)
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    // An 8-byte aligned record whose name "abcd" and its NUL end exactly at the page's end.
    var start = page - nameOffset - 5
    start -= start % MemoryLayout<dirent>.alignment
    let name = Array("abcd".utf8) + [0]
    let nameStart = page - name.count
    let record = memory + start
    (memory + nameStart).copyMemory(from: name, byteCount: name.count)
    // Fill any gap between the record's start and the name's with letters of the name.
    for offset in (start + nameOffset)..<nameStart {
      (memory + offset).storeBytes(of: UInt8(ascii: "z"), as: UInt8.self)
    }
    let expected = String(repeating: "z", count: nameStart - start - nameOffset) + "abcd"
    #expect(DirectoryEntry.name(of: record.assumingMemoryBound(to: dirent.self)) == expected)
  }
}
