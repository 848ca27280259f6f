import Foundation
import Testing

@testable import Load

/// Removing earlier runs' folders off the calling thread: every folder given is gone after
/// `wait()`, a missing one does not stop the others, and nothing else is touched.
@Suite struct BackgroundRemovalTests {
  @Test func removesEveryFolderAndLeavesTheRest() throws {
    let folder = try TemporaryFolder()
    try folder.write("alt", to: "out/.tables-old-1-a/mentions.csv")
    try folder.write("alt", to: "out/.tables-old-1-a/sub/dates.csv")
    try folder.write("halb", to: "out/.tables-staging-2-b/documents.csv")
    try folder.write("neu", to: "out/tables/mentions.csv")
    let out = folder.url.appendingPathComponent("out").path
    let staging = out + "/.tables-staging-2-b"
    let lock = try #require(FileSystem.lockDirectory(at: staging))
    let removal = BackgroundRemoval([
      .init(path: out + "/.tables-old-1-a"), .init(path: out + "/.tables-gone-3-c"),
      .init(path: staging, lock: lock),
    ])
    removal.wait()
    #expect(try folder.names("out") == ["tables"])
    #expect(try folder.text("out/tables/mentions.csv") == "neu")
  }
}
