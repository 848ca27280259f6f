import Extract
import Foundation
import Transform

/// Counts over the whole run per entity and per surface, for `entities` and `variants`.
///
/// Counts are kept in memory for up to `memoryLimit` entities. With a spill folder, a full
/// memory is written out as a run sorted by entity id and emptied, and the rows are made by
/// merging the runs, so memory stays bounded however many distinct entities the corpus has;
/// the tables are the same either way.
package struct EntityStatistics: Sendable {
  private var entities = EntityCountsTable()
  /// The runs of counts written out so far, or nil when counts never leave memory.
  private let spill: ExternalSorter?
  /// Where `variants` sorts its rows when the counts were spilled.
  private let spillDirectory: URL?
  /// The entities kept in memory before a run is written.
  private let memoryLimit: Int

  /// The bytes of variant rows a run of the `variants` sort holds.
  private let variantRunBytes: Int

  /// Statistics that stay in memory.
  package init() {
    spill = nil
    spillDirectory = nil
    memoryLimit = .max
    variantRunBytes = .max
  }

  /// Statistics that write runs of counts into `spillDirectory` whenever `memoryLimit`
  /// entities are in memory; the `variants` rows are then sorted in runs of `variantRunBytes`.
  package init(spillDirectory: URL, memoryLimit: Int, variantRunBytes: Int = 8 << 20) {
    spill = ExternalSorter(directory: spillDirectory, name: ".spill-entities", budget: .max)
    self.spillDirectory = spillDirectory
    self.memoryLimit = max(memoryLimit, 1)
    self.variantRunBytes = variantRunBytes
  }

  /// Adds one document's mentions.
  /// - Complexity: O(number of mentions), expected.
  package mutating func add(_ mentions: [MentionRecord]) throws(OutputError) {
    try add(MentionTally(mentions))
  }

  /// Adds one document's mentions, counted beforehand; call once per document, in path order
  /// (the first document that mentions an entity gives its canonical name and type).
  /// - Complexity: O(distinct entities, surfaces, hows and methods in the document), expected,
  ///   plus a sorted run of the counts when memory is full.
  package mutating func add(_ tally: MentionTally) throws(OutputError) {
    for entity in tally.entities { entities.add(entity, of: tally) }
    if let spill, entities.count >= memoryLimit { try writeRun(to: spill) }
  }

  /// Writes what is in memory as a run, once any run was written; call after the last `add`
  /// and before the rows are read.
  package mutating func finishAdding() throws(OutputError) {
    if let spill, spill.hasRuns, !entities.isEmpty { try writeRun(to: spill) }
  }

  /// Deletes the run files (call once the tables are written).
  package func removeSpillFiles() throws(OutputError) { try spill?.removeRuns() }

  /// Writes every `entities` row into `table`, sorted by entity id.
  /// - Complexity: O(e log e) for e entities, plus reading the runs.
  package func writeEntityRows(gazetteer: Gazetteer, to table: TableWriter) throws(OutputError) {
    let entries = Self.entryNumbers(gazetteer)
    guard let spill, spill.hasRuns else {
      // In place, by entity number, through buffer pointers: handing each entity's counts to a
      // closure copied them, and reading the arrays retained them, on the same objects the
      // variants' thread retains at the same time, which made the two cores fight over their
      // reference counts.
      let order = UTF8Order.sortedPositions(entities.ids)
      try entities.ids.withUnsafeBufferPointer { ids throws(OutputError) in
        try entities.counts.withUnsafeBufferPointer { counts throws(OutputError) in
          for entity in order {
            let entry = entries[ids[entity]]
            try table.appendRow { row in
              Self.entityRow(ids[entity], counts[entity], entry, gazetteer, into: &row)
            }
          }
        }
      }
      return
    }
    try forEachEntity { id, counts throws(OutputError) in
      try table.appendRow { row in
        Self.entityRow(id, counts, entries[id], gazetteer, into: &row)
      }
    }
  }

  /// Writes every `variants` row into `table`, sorted by surface, then entity id (as bytes).
  /// - Complexity: O(v log v) for v surfaces, plus a sort on disk when the counts were spilled.
  package func writeVariantRows(to table: TableWriter) throws(OutputError) {
    try entities.ids.withUnsafeBufferPointer { ids throws(OutputError) in
      try entities.counts.withUnsafeBufferPointer { counts throws(OutputError) in
        try forEachVariant(
          inMemory: { entity, surface throws(OutputError) in
            try table.appendRow { row in
              Self.variantRow(
                counts[entity].surfaces[surface], ids[entity], counts[entity].canonicalName,
                counts[entity].type, into: &row)
            }
          },
          spilled: { row throws(OutputError) in try table.append(row) })
      }
    }
  }

  /// Calls `inMemory` with the entity number and surface index of every `variants` row, or
  /// `spilled` with the rows when the counts were spilled, sorted by surface, then entity id
  /// (as bytes).
  private func forEachVariant(
    inMemory: (Int, Int) throws(OutputError) -> Void,
    spilled: ([FieldValue]) throws(OutputError) -> Void
  ) throws(OutputError) {
    guard let spill, spill.hasRuns, let spillDirectory else {
      // Sorted by the bytes of surface and id, as the spilled path sorts them: only equal
      // surfaces compare their ids (sorting every id first, as the entities' thread does at the
      // same time, made this thread the last to finish).
      var surfaces: [(entity: Int, surface: Int)] = []
      var texts = ConcatenatedTexts()
      entities.counts.withUnsafeBufferPointer { counts in
        for entity in counts.indices {
          for surface in counts[entity].surfaces.indices {
            surfaces.append((entity, surface))
            texts.append(counts[entity].surfaces[surface].text)
          }
        }
      }
      let ids = entities.ids
      let order = UTF8Order.sortedPositions(texts) { first, second in
        UTF8Order.precedes(ids[surfaces[first].entity], ids[surfaces[second].entity])
      }
      for position in order {
        try inMemory(surfaces[position].entity, surfaces[position].surface)
      }
      return
    }
    // The merged counts come by entity id; the rows go through a sort of their own.
    let sorter = ExternalSorter(
      directory: spillDirectory, name: ".spill-variants", budget: variantRunBytes)
    // On an error the runs stay in the staging folder, which the failed run discards.
    try forEachEntity { id, entity throws(OutputError) in
      for surface in entity.surfaces {
        var row = FieldValueRow()
        Self.variantRow(surface, id, entity.canonicalName, entity.type, into: &row)
        var encoder = CacheEncoder()
        for value in row.values { encoder.field(value) }
        try sorter.add(
          SpillRecord(
            primary: Array(surface.text.utf8), secondary: Array(id.utf8), value: encoder.bytes))
      }
    }
    try sorter.forEachInOrder { record throws(OutputError) in
      var decoder = CacheDecoder(record.value)
      var row: [FieldValue] = []
      do throws(CacheDecoder.Corrupt) {
        for _ in 0..<8 { row.append(try decoder.field()) }
      } catch {
        throw OutputError(.read, path: spillDirectory.path, code: EIO)
      }
      try spilled(row)
    }
    try sorter.removeRuns()
  }

  /// Every `entities` row at once, sorted by entity id (for small statistics and tests).
  package func entityRows(gazetteer: Gazetteer) throws(OutputError) -> [[FieldValue]] {
    let entries = Self.entryNumbers(gazetteer)
    var rows: [[FieldValue]] = []
    try forEachEntity { id, counts in
      var row = FieldValueRow()
      Self.entityRow(id, counts, entries[id], gazetteer, into: &row)
      rows.append(row.values)
    }
    return rows
  }

  /// Every `variants` row at once, sorted by surface, then entity id (for small statistics and
  /// tests).
  package func variantRows() throws(OutputError) -> [[FieldValue]] {
    var rows: [[FieldValue]] = []
    try forEachVariant(
      inMemory: { entity, surface in
        var row = FieldValueRow()
        Self.variantRow(entities, entity, surface, into: &row)
        rows.append(row.values)
      },
      spilled: { rows.append($0) })
    return rows
  }

  /// The number of each gazetteer entry in `gazetteer.entries`, by id.
  private static func entryNumbers(_ gazetteer: Gazetteer) -> [String: Int] {
    var numbers: [String: Int] = [:]
    numbers.reserveCapacity(gazetteer.entries.count)
    for (number, entry) in gazetteer.entries.enumerated() { numbers[entry.id] = number }
    return numbers
  }

  /// The `entities` row of one entity, with the number of its gazetteer entry if it has one
  /// (read in place: a copy of the entry retains a dozen strings).
  private static func entityRow(
    _ id: String, _ counts: EntityCounts, _ entry: Int?, _ gazetteer: Gazetteer,
    into row: inout some RowSink
  ) {
    row.string(id)
    row.string(entry.map { gazetteer.entries[$0].canonicalName } ?? counts.canonicalName)
    row.string(counts.type.rawValue)
    row.integer(counts.names)
    row.integer(counts.documents)
    if counts.surfaces.count == 1 {
      row.string(counts.surfaces[0].text)  // most entities: no ranking, no joined copy
    } else {
      row.string(
        SurfaceCounts.ranked(counts.surfaces.map { ($0.text, $0.count) }).joined(separator: "|"))
    }
    row.integer(counts.adjectives)
    row.string(entry.map { gazetteer.entries[$0].kind } ?? "")
    row.string(entry.map { gazetteer.entries[$0].country } ?? "")
    row.string(entry.map { gazetteer.entries[$0].wikidata } ?? "")
    row.boolean(entry != nil)
  }

  /// The `variants` row of surface `surface` of entity number `entity` of `entities`.
  private static func variantRow(
    _ entities: EntityCountsTable, _ entity: Int, _ surface: Int, into row: inout some RowSink
  ) {
    variantRow(
      entities.counts[entity].surfaces[surface], entities.ids[entity],
      entities.counts[entity].canonicalName, entities.counts[entity].type, into: &row)
  }

  /// The `variants` row of one surface of one entity.
  private static func variantRow(
    _ surface: SurfaceCounts, _ id: String, _ canonicalName: String, _ type: EntityType,
    into row: inout some RowSink
  ) {
    row.string(surface.text)
    row.string(id)
    row.string(canonicalName)
    row.string(type.rawValue)
    row.integer(surface.count)
    row.integer(surface.documents)
    row.string(surface.topHow)
    row.string(surface.topMethod)
  }

  /// Calls `body` with every entity and its counts over the whole run, by id (as bytes).
  private func forEachEntity(_ body: (String, EntityCounts) throws(OutputError) -> Void)
    throws(OutputError)
  {
    guard let spill, spill.hasRuns else {
      for entity in UTF8Order.sortedPositions(entities.ids) {
        try body(entities.ids[entity], entities.counts[entity])
      }
      return
    }
    precondition(entities.isEmpty, "EntityStatistics: call finishAdding() before reading rows")
    // Runs hold disjoint stretches of documents, oldest first, so the first counts of an id
    // carry the name and type of the first document that mentioned it.
    var current: (id: [UInt8], counts: EntityCounts)?
    try spill.forEachInOrder { record throws(OutputError) in
      let counts = try EntityCounts(encoded: record.value, path: spillDirectory?.path ?? "")
      if current?.id == record.primary {
        current!.counts.merge(counts)
        return
      }
      if let done = current { try body(String(decoding: done.id, as: UTF8.self), done.counts) }
      current = (record.primary, counts)
    }
    if let done = current { try body(String(decoding: done.id, as: UTF8.self), done.counts) }
  }

  /// Writes the counts in memory as one run sorted by id and empties memory (ids are unique
  /// within a run, so the sorter needs no tie rule here).
  private mutating func writeRun(to spill: ExternalSorter) throws(OutputError) {
    for entity in entities.ids.indices {
      try spill.add(
        SpillRecord(
          primary: Array(entities.ids[entity].utf8), secondary: [],
          value: entities.counts[entity].encoded()))
    }
    try spill.writeRun()
    entities.removeAll()
  }
}
