extension EntityTagger {
  /// Everything the passes ask of a token spelling on its own; see `TokenFacts`.
  /// - Complexity: O(n) in the length of the spelling, plus a few hashed lookups.
  func facts(of bytes: ArraySlice<UInt8>) -> TokenFacts {
    let folded = WordKey(folding: bytes)
    let uppercase =
      !bytes.isEmpty
      && bytes.withUnsafeBufferPointer { CharacterClass.startsUppercase($0, at: 0) }
    var flags = lexicons.flags(of: folded)
    func set(_ flag: WordFlags, _ condition: Bool) { if condition { flags.insert(flag) } }
    set(.startsUppercase, uppercase)
    let word = folded.bytes
    set(.commonNounEnding, lexicons.hasCommonNounEnding(word))
    set(.surnameEnding, lexicons.hasSurnameEnding(word))
    set(.acronym, FoldedWord.isAcronym(bytes))
    set(.companyShaped, Self.isCompanyShaped(bytes, folded: word))
    set(.variantLength, word.count >= VariantKey.minimumVariantLength)
    let genitiveBase = GermanInflection.genitiveBase(word).map(WordKey.init(folded:))
    set(
      .personSurname,
      phrases.personSurnames.contains(folded)
        || genitiveBase.map(phrases.personSurnames.contains) == true)

    var facts = TokenFacts(folded: folded, flags: flags)
    // A word in lowercase only opens names that start lowercase (`von der Leyen`) or whose case
    // is compared byte by byte anyway (acronyms).
    facts.phrases = phrases.phrases(startingWith: folded).filter {
      uppercase || $0.startsLowercase || $0.exactCase != nil
    }
    facts.genitiveBase = genitiveBase
    facts.adjectiveEntry = GermanInflection.adjectiveStem(word).flatMap {
      phrases.adjectiveStems[WordKey(folded: $0)]
    }
    if uppercase {
      // From the bytes (valid UTF-8, cut at scalar bounds) without a `String` of them.
      facts.variantKey = bytes.withUnsafeBufferPointer { VariantKey.make(utf8: $0) }
      if nameWordKeys.contains(facts.variantKey) { facts.flags.insert(.nameWordKey) }
      // The other forms of an adjective that opens a multiword name: listed in the `-e` form
      // (`Europäische Union` for `Europäischen`), or in a strong form (`Auswärtiges Amt` for
      // `Auswärtigen` and `Auswärtige`).
      let base = GermanInflection.adjectiveBase(word).map(WordKey.init(folded:))
      if let base {
        facts.adjectiveBasePhrases = phrases.phrases(startingWith: base).filter {
          $0.tokens.count > 1
        }
      }
      // Not those whose entry lists this word's own form too (`Deutschen Bundestag` beside
      // `Deutscher Bundestag`), which the phrases of the word itself try first.
      if let form = base ?? (word.last == UInt8(ascii: "e") ? folded : nil) {
        let listed = facts.phrases
        facts.adjectiveBasePhrases += phrases.phrases(withBaseForm: form).filter { phrase in
          phrase.tokens[0] != folded
            && !listed.contains {
              $0.entry == phrase.entry && $0.tokens.count == phrase.tokens.count
            }
        }
      }
      if let genitiveBase {
        let genitivePhrases = phrases.phrases(startingWith: genitiveBase)
        // An acronym's genitive ends in a small `s` (`des IWFs`); a capital one is part of
        // another acronym (`EADS` is not `EAD`).
        facts.genitivePhrase = genitivePhrases.first { phrase in
          phrase.tokens.count == 1
            && (phrase.exactCase.map {
              bytes.last == UInt8(ascii: "s") && bytes.dropLast().elementsEqual($0)
            } ?? true)
        }
        // A multiword name whose first word, a noun, is in the genitive (`des Instituts für
        // Kriegsstudien`, and with `-es` `des Bundesamtes für Verfassungsschutz`).
        var heads = genitivePhrases
        if genitiveBase.bytes.last == UInt8(ascii: "e") {
          heads += phrases.phrases(
            startingWith: WordKey(folded: Array(genitiveBase.bytes.dropLast())))
        }
        facts.adjectiveBasePhrases += heads.filter { $0.tokens.count > 1 }
      }
      facts.compoundPart = compoundPart(of: bytes)
    }
    if !facts.phrases.isEmpty || !facts.adjectiveBasePhrases.isEmpty || facts.genitivePhrase != nil
    {
      facts.flags.insert(.opensPhrase)
    }
    if facts.compoundPart != nil { facts.flags.insert(.hasCompoundPart) }
    if facts.adjectiveEntry != nil { facts.flags.insert(.gazetteerAdjective) }
    return facts
  }

  /// The one-word gazetteer name before a hyphen of a capitalized compound (`OVKS-Gipfel`,
  /// `Kreml-Sprecher`, `US-Streitkräfte`) and its length in bytes: the longest such name, so
  /// that `Rheinland-Pfalz-Ticket` is a compound of Rheinland-Pfalz, not of Rheinland.
  private func compoundPart(of bytes: ArraySlice<UInt8>) -> (
    phrase: PhraseIndex.Phrase, length: Int
  )? {
    var end = bytes.endIndex
    while let hyphen = bytes[bytes.startIndex..<end].lastIndex(of: UInt8(ascii: "-")) {
      end = hyphen
      guard hyphen > bytes.startIndex else { break }
      let part = bytes[bytes.startIndex..<hyphen]
      let folded = WordKey(folding: part)
      for phrase in phrases.phrases(startingWith: folded) where phrase.tokens.count == 1 {
        if let exact = phrase.exactCase, !part.elementsEqual(exact) { continue }
        return (phrase, part.count)
      }
    }
    return nil
  }
}
