import Foundation
import Testing

@testable import Extract

#if os(Linux)
  /// Files opened ahead: which get a descriptor, that each descriptor is handed over once and
  /// reads as the path would, and that descriptors never taken are closed.
  @Suite struct ReadAheadTests {
    /// The descriptors of this process open on files inside `folder` (other tests may open
    /// files of their own meanwhile, never inside it).
    private func openDescriptors(in folder: TemporaryFolder) throws -> Int {
      try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count { name in
        let target = try? FileManager.default.destinationOfSymbolicLink(
          atPath: "/proc/self/fd/" + name)
        return target?.hasPrefix(folder.path + "/") == true
      }
    }

    /// A folder with `a.txt` (5 bytes), `b.txt` (50 bytes) and `c.txt` (5 bytes), listed as
    /// the scanner lists them, plus a broken link and a path that does not exist.
    private func files(in folder: TemporaryFolder) throws -> [DiscoveredFile] {
      try folder.write("a.txt", text: "Alpha")
      try folder.write("b.txt", Array(repeating: 0x42, count: 50))
      try folder.write("c.txt", text: "Gamma")
      func listed(_ name: String, problem: String? = nil, size: Int = 0) -> DiscoveredFile {
        DiscoveredFile(
          relativePath: name, absolutePath: folder.path + "/" + name, problem: problem,
          byteCount: size)
      }
      return [
        listed("a.txt", size: 5), listed("b.txt", size: 50), listed("c.txt", size: 5),
        listed("weg.txt", size: 5),
        listed("kaputt.txt", problem: "broken symbolic link"),
      ]
    }

    @Test func filesToBeReadGetADescriptorHandedOverOnce() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let opened = ReadAhead(try files(in: folder), maxFileBytes: 20)
      #expect(try openDescriptors(in: folder) == 2)
      // b.txt is larger than the reader reads, weg.txt cannot be opened, kaputt.txt has a
      // problem already: the reader opens those itself.
      let taken = (0..<5).map { opened.descriptor(at: $0) }
      #expect(taken.map { $0 != nil } == [true, false, true, false, false])
      #expect(opened.descriptor(at: 0) == nil)
      #expect(try openDescriptors(in: folder) == 2)
      for case let descriptor? in taken { close(descriptor) }
      #expect(try openDescriptors(in: folder) == 0)
    }

    @Test func noMoreThanMaxDescriptorsAreOpened() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let opened = ReadAhead(try files(in: folder), maxFileBytes: 100, maxDescriptors: 2)
      #expect(try openDescriptors(in: folder) == 2)
      let taken = (0..<5).map { opened.descriptor(at: $0) }
      #expect(taken.map { $0 != nil } == [true, true, false, false, false])
      for case let descriptor? in taken { close(descriptor) }
    }

    @Test func descriptorsNeverTakenAreClosed() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      var opened: ReadAhead? = ReadAhead(try files(in: folder), maxFileBytes: 100)
      #expect(try openDescriptors(in: folder) == 3)
      withExtendedLifetime(opened) {}
      opened = nil
      #expect(try openDescriptors(in: folder) == 0)
    }

    @Test func aFileReadThroughItsDescriptorIsTheFileReadByPath() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let listed = try files(in: folder)
      let opened = ReadAhead(listed, maxFileBytes: 100)
      let reader = DocumentReader(maxFileBytes: 100)
      for index in listed.indices {
        let byPath = reader.read(listed[index], metadata: nil)
        let ahead = reader.read(
          listed[index], metadata: nil, opened: opened.descriptor(at: index))
        #expect(ahead.status == byPath.status)
        #expect(ahead.error == byPath.error)
        #expect(ahead.byteCount == byPath.byteCount)
        #expect(ahead.sha256 == byPath.sha256)
        #expect(ahead.text == byPath.text)
      }
      #expect(
        reader.read(listed[3], metadata: nil).error == "cannot read file: No such file or directory"
      )
      // The reader closed every descriptor it was given.
      #expect(try openDescriptors(in: folder) == 0)
    }

    /// A file removed after it was opened ahead is read as it was when opened.
    @Test func aFileRemovedAfterItWasOpenedIsReadAsOpened() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let listed = try files(in: folder)
      let opened = ReadAhead(listed, maxFileBytes: 100)
      try FileManager.default.removeItem(atPath: listed[0].absolutePath)
      let document = DocumentReader().read(
        listed[0], metadata: nil, opened: opened.descriptor(at: 0))
      #expect(document.status == .ok)
      #expect(document.text == Array("Alpha".utf8))
    }

    /// A file replaced by a named pipe after the listing is opened without waiting for a writer
    /// (opening it to block would hang the run) and refused as the listing refuses a pipe.
    @Test func aFileThatBecameANamedPipeDoesNotHangTheRun() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      #expect(mkfifo(folder.path + "/rohr.txt", 0o644) == 0)
      let file = DiscoveredFile(
        relativePath: "rohr.txt", absolutePath: folder.path + "/rohr.txt", byteCount: 10)
      let opened = ReadAhead([file], maxFileBytes: 100)
      let descriptor = try #require(opened.descriptor(at: 0))
      let document = DocumentReader().read(file, metadata: nil, opened: descriptor)
      #expect(document.status == .error)
      #expect(document.error == "not a regular file (named pipe)")
      // So is one the reader opens itself.
      let unopened = DocumentReader().read(file, metadata: nil)
      #expect(unopened.status == .error)
      #expect(unopened.error == "not a regular file (named pipe)")
    }
  }
#endif
