/// The working state of `EntityTagger` for one document: the tokens, which are claimed, and the
/// mentions found so far.
struct TaggingState {
  /// Whether each token belongs to a mention already.
  var claimed: [Bool]
  /// Whether each token is the first of its sentence.
  let sentenceInitial: [Bool]
  /// The mentions found so far.
  var mentions: [EntityMention] = []
  /// Surnames (folded) of persons named in full, to their mention template.
  var surnames: [WordKey: EntityMention] = [:]
  /// Acronyms defined in this document (`ISW`), to their mention template.
  var acronyms: [WordKey: EntityMention] = [:]

  /// Prepares the state, looking every token's spelling up in `table` (and adding the spellings
  /// it does not know, with facts from `tagger`).
  init(_ segmented: SegmentedText, table: TokenFactsTable, tagger: EntityTagger) {
    tokens = segmented.tokens
    text = segmented.text
    claimed = [Bool](repeating: false, count: segmented.tokens.count)
    // About one mention per dozen tokens in news text: room for most without growing.
    mentions.reserveCapacity(segmented.tokens.count / 8 + 1)
    var initial = [Bool](repeating: false, count: segmented.tokens.count)
    for sentence in segmented.sentences where !sentence.tokens.isEmpty {
      initial[sentence.tokens.lowerBound] = true
      // After an opening quote or bullet the next word starts the sentence too.
      var index = sentence.tokens.lowerBound
      while index < sentence.tokens.upperBound, segmented.tokens[index].kind == .punctuation {
        index += 1
        if index < sentence.tokens.upperBound { initial[index] = true }
      }
    }
    sentenceInitial = initial
    let ids = table.indices(of: segmented.tokens, in: segmented.text) { tagger.facts(of: $0) }
    let flagsByID = table.flags
    flags = zip(segmented.tokens, ids).map { token, id in
      token.kind == .word ? flagsByID[Int(id)] : []
    }
    self.ids = ids
    lexemes = table.facts
  }

  /// The tokens (the segmented text's, stored so that passes read them without a retain).
  let tokens: [Token]
  /// The text.
  let text: [UInt8]

  /// The token's bytes.
  func bytes(_ index: Int) -> ArraySlice<UInt8> {
    text[tokens[index].start..<tokens[index].end]
  }

  /// Each token's index into `lexemes`.
  let ids: [Int32]
  /// The facts of every spelling the worker knows (a snapshot of its table).
  let lexemes: [TokenFacts]
  /// Each token's flags; none for numbers and punctuation.
  let flags: [WordFlags]

  /// The facts of the token's spelling.
  func facts(_ index: Int) -> TokenFacts { lexemes[Int(ids[index])] }

  /// Whether the token is a word with `flag`.
  func has(_ index: Int, _ flag: WordFlags) -> Bool { flags[index].contains(flag) }

  /// The token's bytes, folded.
  func folded(_ index: Int) -> WordKey { lexemes[Int(ids[index])].folded }

  /// The token's text.
  func string(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

  /// The text from the start of token `first` to the end of token `last`.
  func string(from first: Int, through last: Int) -> String {
    String(decoding: text[tokens[first].start..<tokens[last].end], as: UTF8.self)
  }

  /// Whether the token is a word starting with an uppercase letter.
  func isCapitalized(_ index: Int) -> Bool {
    index < flags.count && flags[index].contains(.startsUppercase)
  }

  /// The tokens that cover exactly the bytes `start..<end`, the first starting at `start` and
  /// the last ending at `end`; `nil` when either end falls inside or between tokens.
  /// - Complexity: O(log *n*) in the token count, plus the tokens covered.
  func tokens(exactlyCovering start: Int, _ end: Int) -> Range<Int>? {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < start { low = middle + 1 } else { high = middle }
    }
    guard low < tokens.count, tokens[low].start == start else { return nil }
    var last = low
    while last < tokens.count, tokens[last].end < end { last += 1 }
    guard last < tokens.count, tokens[last].end == end else { return nil }
    return low..<(last + 1)
  }

  /// Whether the token stands alone in parentheses: a `(` token right before it and a `)` token
  /// right after it (`(BSW)`, `(Grüne)`).
  func isInParentheses(_ index: Int) -> Bool {
    /// Whether token `other` is the one byte `byte`.
    func isByte(_ other: Int, _ byte: UInt8) -> Bool {
      other >= 0 && other < tokens.count && tokens[other].end == tokens[other].start + 1
        && text[tokens[other].start] == byte
    }
    return isByte(index - 1, UInt8(ascii: "(")) && isByte(index + 1, UInt8(ascii: ")"))
  }

  /// Whether tokens `a` and `b` (a < b) are separated by nothing but spaces, no line break.
  func adjacent(_ a: Int, _ b: Int) -> Bool {
    var index = tokens[a].end
    while index < tokens[b].start {
      let byte = text[index]
      if byte == 0x0A || byte == 0x0D { return false }
      index += 1
    }
    return true
  }

  /// Records a mention over tokens `first...last` and claims them.
  mutating func add(_ mention: consuming EntityMention, tokens first: Int, _ last: Int) {
    mentions.append(mention)
    for index in first...last { claimed[index] = true }
  }

  /// The position in `mentions` of the mention that covers token `index` and nothing more.
  /// - Complexity: O(m) in the mentions so far.
  func mention(coveringOnly index: Int) -> Int? {
    let token = tokens[index]
    return mentions.firstIndex { $0.start == token.start && $0.end == token.end }
  }

  /// The position in `mentions` of the mention that starts with token `index`, and its last
  /// token.
  /// - Complexity: O(m) in the mentions so far, plus the mention's tokens.
  func mention(startingAt index: Int) -> (position: Int, last: Int)? {
    let start = tokens[index].start
    guard let position = mentions.firstIndex(where: { $0.start == start }) else { return nil }
    var last = index
    while last + 1 < tokens.count, tokens[last].end < mentions[position].end { last += 1 }
    return (position, last)
  }

  /// Removes the mention at `position`, which covers token `index` only, and frees the token
  /// for a later pass.
  /// - Complexity: O(m) in the mentions so far.
  mutating func release(_ position: Int, token index: Int) {
    release(position, tokens: index...index)
  }

  /// Removes the mention at `position`, which covers `tokens`, and frees them for a later pass.
  /// - Complexity: O(m) in the mentions so far, plus the tokens.
  mutating func release(_ position: Int, tokens: ClosedRange<Int>) {
    mentions.remove(at: position)
    for index in tokens { claimed[index] = false }
  }
}
