extension EntityTagger {
  /// Pass 5: a capitalized word alone that is the surname of a person named in full earlier in
  /// this document (`Barbieri` after `Jaroslava Barbieri`), else of a gazetteer person whose
  /// surname alone is unambiguous (the resolver's `partial`).
  func tagCoreferences(_ state: inout TaggingState, _ table: TokenFactsTable) {
    for position in state.mentions.indices where state.mentions[position].type == .person {
      let mention = state.mentions[position]
      let surname: WordKey
      // The document's tokens are the mention's own when it lies on token bounds, except
      // around digits: the document splits `1.2.3a` into words where the mention alone would
      // keep a number.
      if let span = state.tokens(exactlyCovering: mention.start, mention.end),
        !span.contains(where: { CharacterClass.isDigit(state.text[state.tokens[$0].start]) })
      {
        guard span.count > 1 else { continue }
        surname = state.folded(span.upperBound - 1)
      } else {
        // A mention that starts or ends inside a token, or has digits: its own words.
        let tokens = Tokenizer.tokens(in: Array(state.text[mention.start..<mention.end]))
        guard tokens.count > 1, let lastToken = tokens.last else { continue }
        surname = WordKey(
          folding: state.text[(mention.start + lastToken.start)..<(mention.start + lastToken.end)])
      }
      if state.surnames[surname] == nil { state.surnames[surname] = mention }
    }
    // A surname that an earlier pass took for a person of its own (`sagte Pemberton`) joins the
    // person named in full (`Gareth Pemberton`). So does a gazetteer person's surname alone
    // after a namesake named in full, when the article has not named the gazetteer's person
    // before the namesake nor in full anywhere (`Rustam Saidow … Saidow zufolge`; but `US-Präsident
    // Biden … Hunter Biden … Biden sagte` stays the president).
    let namesUnknownPerson = state.surnames.values.contains { isUnknownID($0.entityID) }
    for position in state.mentions.indices where state.mentions[position].type == .person {
      let mention = state.mentions[position]
      let isUnknown = isUnknownID(mention.entityID)
      guard isUnknown || (namesUnknownPerson && mention.method == .gazetteer) else { continue }
      let surface = state.text[mention.start..<mention.end]
      guard !surface.contains(0x20), let full = state.surnames[WordKey(folding: surface)],
        full.entityID != mention.entityID
      else { continue }
      if isUnknown {
        guard full.end - full.start > mention.end - mention.start else { continue }
      } else {
        guard isUnknownID(full.entityID), mention.start > full.start,
          !state.mentions.contains(where: {
            $0.entityID == mention.entityID
              && ($0.start < full.start || state.text[$0.start..<$0.end].contains(0x20))
          })
        else { continue }
        state.mentions[position].how = .unknown
      }
      state.mentions[position].entityID = full.entityID
      state.mentions[position].canonicalName = full.canonicalName
      state.mentions[position].method = .coreference
    }
    // The same surnames by variant key, so `Aliyev` finds `Ilham Alijew` named before. Where
    // two surnames share a key, the person named first wins. Few surnames per document: lists
    // scanned by digest are faster here than hashed lookups.
    let surnames = state.surnames.sorted {
      $0.value.start != $1.value.start
        ? $0.value.start < $1.value.start : $0.key.bytes.lexicographicallyPrecedes($1.key.bytes)
    }
    // Apart from their mentions, so the scan reads keys only (`WordKey` compares digests first).
    let surnameKeys = surnames.map(\.key)
    var keys: [String] = []
    var keyDigests: [UInt64] = []
    var byKey: [EntityMention] = []
    for (surname, mention) in surnames where surname.bytes.count >= VariantKey.minimumVariantLength
    {
      let key = surname.bytes.withUnsafeBufferPointer { VariantKey.make(utf8: $0) }
      if !keys.contains(key) {
        keys.append(key)
        keyDigests.append(TokenFacts.digest(of: key))
        byKey.append(mention)
      }
    }
    /// The position in `byKey` of the person whose surname has the variant key of `facts`.
    func person(byKeyOf facts: TokenFacts) -> Int? {
      keyDigests.indices.first {
        keyDigests[$0] == facts.variantKeyDigest && keys[$0] == facts.variantKey
      }
    }
    /// The position in `surnames` of the surname `word`, if it is one.
    func surname(_ word: WordKey) -> Int? {
      surnameKeys.firstIndex(of: word)
    }
    for index in state.tokens.indices where isNameWord(index, state) {
      if surnames.isEmpty && !state.has(index, .personSurname) { continue }
      let id = Int(state.ids[index])
      var known: EntityMention?
      if let position = surname(state.lexemes[id].folded) {
        known = surnames[position].value
      } else if let base = state.lexemes[id].genitiveBase, let position = surname(base) {
        known = surnames[position].value
      } else if !byKey.isEmpty, state.has(index, .variantLength),
        let position = person(byKeyOf: state.lexemes[id])
      {
        known = byKey[position]
      }
      // After an article or another determiner the word is a noun (`der Fischer`, `ein
      // Bauer`): news German names a person without one. Asked only of a word that would be
      // linked, since most name words are not.
      if known != nil || state.has(index, .personSurname), followsDeterminer(index, state) {
        continue
      }
      if var mention = known {
        mention.start = state.tokens[index].start
        mention.end = state.tokens[index].end
        mention.method = .coreference
        mention.confidence = 0.8
        mention.inCompound = false
        state.add(mention, tokens: index, index)
        continue
      }
      // Only words that end a gazetteer person's name can be one of their surnames.
      guard state.has(index, .personSurname) else { continue }
      let resolution = resolve(state.string(index), type: .person, table)
      if resolution.how == .partial, let entry = resolution.entryIndex {
        state.add(
          self.mention(
            entry: entry, start: state.tokens[index].start, end: state.tokens[index].end,
            form: .name,
            method: .gazetteer, how: .partial, confidence: 0.7),
          tokens: index, index)
      }
    }
  }

  /// Whether `id` is an unknown entity's (`x_…`); the bytes compared, not `String.hasPrefix`,
  /// which compares by canonical equivalence.
  private func isUnknownID(_ id: String) -> Bool {
    var bytes = id.utf8.makeIterator()
    return bytes.next() == 0x78 && bytes.next() == 0x5F
  }

  /// Whether the word before token `index` is on the determiners list (`der`, `ein`, `keinen`,
  /// `diese`, `jedem`, …).
  private func followsDeterminer(_ index: Int, _ state: TaggingState) -> Bool {
    index > 0 && state.tokens[index - 1].kind == .word && state.has(index - 1, .determiner)
  }

  /// Pass 6: adjectives derived from gazetteer names (`russische`, `kasachischen`), linked to
  /// their entity with `form` = adjective.
  func tagAdjectives(_ state: inout TaggingState) {
    for index in state.tokens.indices
    where !state.claimed[index] && state.has(index, .gazetteerAdjective)
      && !state.has(index, .notName)
    {
      guard let entry = state.facts(index).adjectiveEntry else { continue }
      state.add(
        mention(
          entry: entry, start: state.tokens[index].start, end: state.tokens[index].end,
          form: .adjective,
          method: .gazetteer, how: .adjective, confidence: 0.9),
        tokens: index, index)
    }
  }

  /// Pass 7: one type per unknown entity in a document. Rules of different strength can type
  /// the same unknown name differently (`Senator McCain` a person by its cue, `McCain sagte`
  /// an organization by its inner capital); the mentions share one id, so they name one
  /// entity, and all take the type of the most confident of them (the first of equally
  /// confident ones).
  /// - Complexity: O(u²) comparisons for u mentions of unknown entities to find that some differ
  ///   (rare); then O(u log u): their ids' digests sorted, so that mentions of one entity stand
  ///   together, and ids compared only within a digest.
  func unifyUnknownTypes(_ state: inout TaggingState) {
    guard hasUnknownEntityOfTwoTypes(state) else { return }
    // Unknown entities are those the resolver did not find (`x_` ids); by digest, then position.
    var unknown: [(digest: UInt64, position: Int)] = []
    for position in state.mentions.indices where state.mentions[position].how == .unknown {
      unknown.append((TokenFacts.digest(of: state.mentions[position].entityID), position))
    }
    guard unknown.count > 1 else { return }
    unknown.sort { $0.digest != $1.digest ? $0.digest < $1.digest : $0.position < $1.position }
    var start = 0
    while start < unknown.count {
      var end = start + 1
      while end < unknown.count && unknown[end].digest == unknown[start].digest { end += 1 }
      if end - start > 1 { unify(unknown[start..<end].map(\.position), &state) }
      start = end
    }
  }

  /// The most mentions a document may have for `hasUnknownEntityOfTwoTypes` to compare pairs.
  static let maxPairwiseMentions = 256

  /// Whether two mentions of one unknown entity have different types, which is rare: their
  /// positions gathered on the stack, and ids compared only between mentions of two types.
  /// - Complexity: O(u²) for u mentions of unknown entities, without allocating; `true` at once
  ///   past `maxPairwiseMentions` mentions, so that the caller groups them in O(u log u).
  private func hasUnknownEntityOfTwoTypes(_ state: TaggingState) -> Bool {
    let mentions = state.mentions
    // Beyond a few dozen (a file of thousands of names) the grouping by digest is cheaper.
    if mentions.count > Self.maxPairwiseMentions { return true }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: mentions.count) { unknown in
      var count = 0
      for position in mentions.indices where mentions[position].how == .unknown {
        unknown[count] = position
        count += 1
      }
      for first in 0..<count {
        let mention = unknown[first]
        for other in (first + 1)..<count
        where mentions[unknown[other]].type != mentions[mention].type
          && mentions[unknown[other]].entityID == mentions[mention].entityID
        {
          return true
        }
      }
      return false
    }
  }

  /// Gives the mentions at `positions` (their ids of one digest) that share an id the type of
  /// the most confident of them, the first in the text of equally confident ones.
  private func unify(_ positions: [Int], _ state: inout TaggingState) {
    var rest = positions[...]
    while let first = rest.first {
      let id = state.mentions[first].entityID
      let same = rest.filter { state.mentions[$0].entityID == id }
      rest = rest.filter { state.mentions[$0].entityID != id }[...]
      var winner = first
      for position in same.dropFirst() {
        let mention = (state.mentions[position].confidence, state.mentions[position].start)
        let best = (state.mentions[winner].confidence, state.mentions[winner].start)
        if mention.0 > best.0 || (mention.0 == best.0 && mention.1 < best.1) { winner = position }
      }
      let type = state.mentions[winner].type
      for position in same { state.mentions[position].type = type }
    }
  }
}
