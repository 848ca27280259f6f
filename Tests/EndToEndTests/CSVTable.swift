import Foundation

@testable import Extract

/// A CSV table read back from a run, as a list of rows keyed by column name.
struct CSVTable {
  let header: [String]
  let rows: [[String: String]]

  init(path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    let records = try CSVReader.records([UInt8](data))
    header = records.first?.fields ?? []
    let names = header
    rows = records.dropFirst().map { record in
      Dictionary(uniqueKeysWithValues: zip(names, record.fields))
    }
  }
}
