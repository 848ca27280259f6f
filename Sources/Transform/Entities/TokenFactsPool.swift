import Synchronization

/// The `TokenFactsTable`s of the tagger's workers: a document borrows one for its tagging and
/// gives it back, so each table is used by one thread at a time and there are never more tables
/// than documents tagged at once.
final class TokenFactsPool: Sendable {
  private let idle = Mutex<[TokenFactsTable]>([])

  /// An empty pool.
  init() {}

  /// Runs `body` with a table no other thread is using.
  func withTable<Result>(_ body: (TokenFactsTable) -> Result) -> Result {
    let table = idle.withLock { $0.popLast() } ?? TokenFactsTable()
    let result = body(table)
    // Emptied right after a document that filled it, so an idle table never holds more than
    // the limit (one large document can add many spellings at once).
    table.trimIfFull()
    idle.withLock { $0.append(table) }
    return result
  }
}
