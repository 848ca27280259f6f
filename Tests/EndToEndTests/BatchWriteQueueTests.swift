import Extract
import Foundation
import Load
import Synchronization
import Testing
import Transform

@testable import pipeline

@Suite("BatchWriteQueue")
struct BatchWriteQueueTests {
  /// `count` small tagged documents in path order.
  static func documents(_ count: Int) -> [AnalyzedDocument] {
    (0..<count).map { index in
      let path = String(format: "doc%04d.txt", index)
      var document = AnalyzedDocument(
        untagged: SourceDocument(
          docID: "id\(index)", path: path, byteCount: 100 + index, sha256: "h\(index)"))
      document.mentions = (0..<index % 5).map { mention in
        MentionRecord(
          sentence: 0, start: mention, end: mention + 5, surface: "Name\(mention % 2)",
          mention: EntityMention(
            start: mention, end: mention + 5, entityID: "e\(mention % 3)",
            canonicalName: "E\(mention % 3)",
            type: .person, method: .pattern, how: .exact, confidence: 0.5))
      }
      return document
    }
  }

  /// Writes `batches` through a queue into `output` and returns the order the completions ran in.
  private func write(_ batches: [[AnalyzedDocument]], into output: String, overlapped: Bool) throws
    -> [Int]
  {
    let writer = try RunWriter(
      outputDirectory: output, csvOptions: .standard, version: "test", configurationHash: "hash")
    let queue = BatchWriteQueue(writer: writer, overlapsWrites: overlapped)
    let completed = Mutex<[Int]>([])
    for (index, batch) in batches.enumerated() {
      try queue.submit(batch.map { writer.formatter.format($0) }) {
        completed.withLock { $0.append(index) }
      }
    }
    try queue.finish()
    _ = try writer.commit(gazetteer: try Gazetteer(entries: []))
    return completed.withLock { $0 }
  }

  /// Batches of large articles (more than `smallBatchBytes` of input) between small ones take
  /// both places in flight; the tables and the order of completions stay the same.
  @Test func largeBatchesBetweenSmallOnesKeepTheOrder() throws {
    let one = try TemporaryFolder()
    let two = try TemporaryFolder()
    defer {
      one.remove()
      two.remove()
    }
    var documents = Self.documents(60)
    for index in documents.indices where index % 10 < 3 {
      documents[index].source.byteCount = BatchWriteQueue.smallBatchBytes + 1
    }
    let batches = stride(from: 0, to: documents.count, by: 5).map {
      Array(documents[$0..<min($0 + 5, documents.count)])
    }
    #expect(try write(batches, into: one.path, overlapped: false) == Array(batches.indices))
    #expect(try write(batches, into: two.path, overlapped: true) == Array(batches.indices))
    for name in ["documents.csv", "mentions.jsonl", "entities.csv", "tables/.analysis-cache"] {
      let a = FileManager.default.contents(atPath: one.path + "/" + name)
      let b = FileManager.default.contents(atPath: two.path + "/" + name)
      #expect(a != nil && a == b, "\(name)")
    }
  }

  @Test func overlappedWritesGiveTheSameTablesInOrder() throws {
    let one = try TemporaryFolder()
    let two = try TemporaryFolder()
    defer {
      one.remove()
      two.remove()
    }
    let documents = Self.documents(200)
    let batches = stride(from: 0, to: documents.count, by: 7).map {
      Array(documents[$0..<min($0 + 7, documents.count)])
    }
    #expect(try write(batches, into: one.path, overlapped: false) == Array(batches.indices))
    #expect(try write(batches, into: two.path, overlapped: true) == Array(batches.indices))
    for name in [
      "documents.csv", "mentions.jsonl", "dates.csv", "entities.csv", "variants.jsonl",
      "tables/.analysis-cache",
    ] {
      let a = FileManager.default.contents(atPath: one.path + "/" + name)
      let b = FileManager.default.contents(atPath: two.path + "/" + name)
      #expect(a != nil && a == b, "\(name)")
    }
  }
}
