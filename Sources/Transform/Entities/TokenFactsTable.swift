/// One worker's memory of token spellings: raw token bytes to their `TokenFacts`, and names to
/// their `NameResolution`s, so that the entity tagger works out each spelling once.
///
/// Both are keyed by raw bytes in a `ByteKeyIndex`, so a lookup allocates nothing. It is used by
/// one thread at a time (a `TokenFactsPool` hands it out) and is emptied between documents once
/// it holds `capacityLimit` spellings or resolutions, so its memory is bounded whatever the
/// corpus size. Its contents never change a result, only its speed.
final class TokenFactsTable: @unchecked Sendable {
  /// The spellings (and resolutions) kept before the table starts afresh.
  static let capacityLimit = 1 << 15

  /// The facts, by the index `indices(of:in:make:)` and `add(_:for:in:)` return.
  private(set) var facts: [TokenFacts] = []
  /// The flags of `facts`, by the same index: a compact copy, so that gathering every token's
  /// flags reads 4 bytes per spelling from one small array rather than a whole `TokenFacts`.
  private(set) var flags: [WordFlags] = []
  /// Name resolutions already made, by name and requested type.
  var resolutions = ResolutionMemo()
  /// The spellings, numbered as `facts`.
  private var spellings = ByteKeyIndex()

  /// An empty table.
  init() {}

  /// Empties the table when it has grown past `capacityLimit`; call between documents. The
  /// table keeps its memory, since it fills up again: regrowing it from nothing copied the
  /// facts at every doubling and touched fresh pages each time.
  func trimIfFull() {
    guard facts.count >= Self.capacityLimit || resolutions.count >= Self.capacityLimit else {
      return
    }
    facts.removeAll(keepingCapacity: true)
    flags.removeAll(keepingCapacity: true)
    spellings.removeAll(keepingCapacity: true)
    resolutions.removeAll(keepingCapacity: true)
  }

  /// The fact indices of every token of `text`, adding the spellings the table does not know
  /// with facts from `make`.
  /// - Complexity: O(n) in the length of the text, amortized.
  func indices(of tokens: [Token], in text: [UInt8], make: (ArraySlice<UInt8>) -> TokenFacts)
    -> [Int32]
  {
    var result = [Int32](repeating: -1, count: tokens.count)
    var misses = false
    // First every lookup with the buffers held once, then the additions, which move them.
    text.withUnsafeBufferPointer { whole in
      spellings.slots.withUnsafeBufferPointer { slots in
        spellings.arena.withUnsafeBufferPointer { arena in
          for (position, token) in tokens.enumerated() {
            let bytes = UnsafeBufferPointer(rebasing: whole[token.start..<token.end])
            let slot = ByteKeyIndex.probe(bytes, hash: ByteKeyIndex.hash(bytes), slots, arena)
            let stored = slots[slot].number
            if stored == 0 { misses = true } else { result[position] = stored - 1 }
          }
        }
      }
    }
    guard misses else { return result }
    for (position, token) in tokens.enumerated() where result[position] < 0 {
      let range = token.start..<token.end
      result[position] = Int32(index(of: range, in: text, addingWith: make))
    }
    return result
  }

  /// The index of the facts for `text[range]`, or `nil` when the table does not know them yet.
  /// - Complexity: O(n) in the length of the range.
  func index(of range: Range<Int>, in text: [UInt8]) -> Int? {
    text.withUnsafeBufferPointer { whole in
      spellings.number(of: UnsafeBufferPointer(rebasing: whole[range]))
    }
  }

  /// Adds the facts of `text[range]` unless the table knows the spelling already; returns the
  /// index of the facts it keeps.
  /// - Complexity: O(n) in the length of the range, amortized.
  func add(_ newFacts: TokenFacts, for range: Range<Int>, in text: [UInt8]) -> Int {
    index(of: range, in: text) { _ in newFacts }
  }

  /// The index of the facts for `text[range]`, adding them from `make` when the table does not
  /// know the spelling yet; one probe either way.
  /// - Complexity: O(n) in the length of the range, amortized.
  private func index(
    of range: Range<Int>, in text: [UInt8], addingWith make: (ArraySlice<UInt8>) -> TokenFacts
  ) -> Int {
    text.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[range])
      let hash = ByteKeyIndex.hash(bytes)
      let slot = spellings.probe(bytes, hash: hash)
      if let known = spellings.number(at: slot) { return known }
      facts.append(make(text[range]))
      flags.append(facts[facts.count - 1].flags)
      return spellings.insert(bytes, hash: hash, at: slot)
    }
  }
}
