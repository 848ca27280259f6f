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
    // person named in full (`Gareth Pemberton`).
    for position in state.mentions.indices where state.mentions[position].type == .person {
      let mention = state.mentions[position]
      guard mention.entityID.hasPrefix("x_"),
        !state.text[mention.start..<mention.end].contains(0x20),
        let full = state.surnames[WordKey(folding: state.text[mention.start..<mention.end])],
        full.entityID != mention.entityID, full.end - full.start > mention.end - mention.start
      else { continue }
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
      if var mention = known {
        mention.start = state.tokens[index].start
        mention.end = state.tokens[index].end
        mention.method = .coreference
        mention.confidence = 0.8
        mention.inCompound = false
        state.add(mention, tokens: index, index)
        continue
      }
      // Only words that end a gazetteer person's name can be one of their surnames, and not
      // after a definite article, which makes the word a noun (`der Fischer`): news German
      // names a person without one.
      guard state.has(index, .personSurname), !followsDefiniteArticle(index, state) else {
        continue
      }
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

  /// Whether the word before token `index` is `der`, `die`, `das`, `des`, `dem` or `den`.
  private func followsDefiniteArticle(_ index: Int, _ state: TaggingState) -> Bool {
    guard index > 0, state.tokens[index - 1].kind == .word else { return false }
    let word = state.folded(index - 1).bytes
    return NameResolver.articles.contains { $0 == word }
  }

  /// Pass 6: adjectives derived from gazetteer names (`russische`, `kasachischen`), linked to
  /// their entity with `form` = adjective.
  func tagAdjectives(_ state: inout TaggingState) {
    for index in state.tokens.indices
    where !state.claimed[index] && state.has(index, .gazetteerAdjective) {
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
  /// - Complexity: O(m) in the number of mentions, and hashing only in a document whose unknown
  ///   entities do not all have one type.
  func unifyUnknownTypes(_ state: inout TaggingState) {
    let unknown = state.mentions.indices.filter { state.mentions[$0].entityID.hasPrefix("x_") }
    guard let first = unknown.first,
      unknown.contains(where: { state.mentions[$0].type != state.mentions[first].type })
    else { return }
    // The position of the mention whose type each unknown entity takes.
    var winner: [String: Int] = [:]
    winner.reserveCapacity(unknown.count)
    for position in unknown {
      let mention = state.mentions[position]
      guard let known = winner[mention.entityID] else {
        winner[mention.entityID] = position
        continue
      }
      let best = state.mentions[known]
      if mention.confidence > best.confidence
        || (mention.confidence == best.confidence && mention.start < best.start)
      {
        winner[mention.entityID] = position
      }
    }
    for position in unknown {
      state.mentions[position].type =
        state.mentions[winner[state.mentions[position].entityID]!].type
    }
  }
}
