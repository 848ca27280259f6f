extension EntityTagger {
  /// Pass 5: a capitalized word alone that is the surname of a person named in full earlier in
  /// this document (`Barbieri` after `Jaroslava Barbieri`), else of a gazetteer person whose
  /// surname alone is unambiguous (the resolver's `partial`).
  func tagCoreferences(_ state: inout TaggingState, _ table: TokenFactsTable) {
    for mention in state.mentions where mention.type == .person {
      let tokens = Tokenizer.tokens(in: Array(state.text[mention.start..<mention.end]))
      guard tokens.count > 1, let lastToken = tokens.last else { continue }
      let surname = WordKey(
        folding: state.text[(mention.start + lastToken.start)..<(mention.start + lastToken.end)])
      if state.surnames[surname] == nil { state.surnames[surname] = mention }
    }
    // A surname that an earlier pass took for a person of its own (`sagte Pemberton`) joins the
    // person named in full (`Gareth Pemberton`).
    for position in state.mentions.indices {
      let mention = state.mentions[position]
      guard mention.type == .person, mention.entityID.hasPrefix("x_"),
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
    let surnameDigests = surnames.map(\.key.digest)
    var keys: [String] = []
    var keyDigests: [UInt64] = []
    var byKey: [EntityMention] = []
    for (surname, mention) in surnames where surname.bytes.count >= VariantKey.minimumVariantLength
    {
      let key = VariantKey.make(String(decoding: surname.bytes, as: UTF8.self))
      if !keys.contains(key) {
        keys.append(key)
        keyDigests.append(TokenFacts.digest(Array(key.utf8)[...]))
        byKey.append(mention)
      }
    }
    /// The person whose surname has the variant key of `facts`, if one has.
    func person(byKeyOf facts: TokenFacts) -> EntityMention? {
      for position in keyDigests.indices
      where keyDigests[position] == facts.variantKeyDigest && keys[position] == facts.variantKey {
        return byKey[position]
      }
      return nil
    }
    /// The mention of the surname `word`, if it is one.
    func surname(_ word: WordKey) -> EntityMention? {
      var position = 0
      while position < surnameDigests.count {
        if surnameDigests[position] == word.digest, surnames[position].key == word {
          return surnames[position].value
        }
        position += 1
      }
      return nil
    }
    for index in state.tokens.indices where isNameWord(index, state) {
      if surnames.isEmpty && !state.has(index, .personSurname) { continue }
      let id = Int(state.ids[index])
      let word = state.lexemes[id].folded
      var known = surname(word)
      if known == nil, let base = state.lexemes[id].genitiveBase { known = surname(base) }
      if known == nil, !byKey.isEmpty, word.bytes.count >= VariantKey.minimumVariantLength {
        known = person(byKeyOf: state.lexemes[id])
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
}
