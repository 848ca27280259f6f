/// Ties a name, in any spelling, to one entity id: a gazetteer entry when the name is one of its
/// forms (exactly, folded, inflected, transliterated differently, or its surname alone), else an
/// id derived from the name's `VariantKey`, so unknown names get stable ids as well.
///
/// Lookup order, most certain first; the first level with a hit decides:
/// 1. `exact`: the name as written, then `alias`: its folded form (`VariantKey.fold`);
/// 2. `inflection`: the same for German inflected forms (`Putins`, `des Kremls`,
///    `der Europäischen Union`);
/// 3. `variant`: the variant key of the name, then of its inflected forms, also with the
///    tokens joined (`Bergkarabach` for `Berg-Karabach`); only for keys of at least
///    `VariantKey.minimumVariantLength` letters;
/// 4. `partial`: a single word that is the surname (last word) of exactly one gazetteer person;
/// 5. `unknown`: an id `x_…` from the key (see `unknownID`).
///
/// When a level finds several entries, the requested type decides; if it cannot, the name is
/// ambiguous and resolved as `unknown` rather than guessed. At the `exact`, `alias` and
/// `inflection` levels a single entry wins even when the requested type differs (the gazetteer
/// knows the type better than a tagger's guess); at `variant` and `partial` it must agree.
package struct NameResolver: Sendable {
  /// The gazetteer the names are resolved against.
  package let gazetteer: Gazetteer
  /// Entry indices by every name form exactly as written.
  let exactIndex: NameIndex
  /// Entry indices by folded name form.
  let foldedIndex: NameIndex
  /// Entry indices by variant key of every name form.
  let keyIndex: NameIndex
  /// Entry indices by variant key with the spaces removed.
  let compactIndex: NameIndex
  /// Person entry indices by the variant key of the last word of their multiword names.
  let surnameIndex: NameIndex
  /// The folded forms that only acronyms have (`pas` of `PAS`, where no other name folds to
  /// it): an inflected form (`Pass` without its genitive `s`) matches them only when written in
  /// capitals itself (`IWFs`), so that a German noun is not taken for a party's acronym.
  let acronymOnlyFolds: Set<String>

  /// Builds the indices over every canonical name, German name and alias.
  /// - Complexity: O(*n*) in the total length of all names.
  package init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    var exact = NameIndex()
    var folded = NameIndex()
    var keys = NameIndex()
    var compact = NameIndex()
    var surnames = NameIndex()
    var acronymFolds = Set<String>()
    var otherFolds = Set<String>()
    for (index, entry) in gazetteer.entries.enumerated() {
      for name in entry.names {
        exact.add(index, under: name)
        let foldedName = VariantKey.fold(name)
        folded.add(index, under: foldedName)
        if FoldedWord.isAcronym(ArraySlice(name.utf8)) {
          acronymFolds.insert(foldedName)
        } else {
          otherFolds.insert(foldedName)
        }
        let key = VariantKey.make(name)
        guard VariantKey.letterCount(key) >= VariantKey.minimumVariantLength else { continue }
        keys.add(index, under: key)
        compact.add(index, under: Self.compacted(key))
        if entry.type == .person, let space = key.utf8.lastIndex(of: 0x20) {
          let surname = String(key[key.utf8.index(after: space)...])
          if VariantKey.letterCount(surname) >= VariantKey.minimumVariantLength {
            surnames.add(index, under: surname)
          }
        }
      }
    }
    exact.finishAdding()
    folded.finishAdding()
    keys.finishAdding()
    compact.finishAdding()
    surnames.finishAdding()
    exactIndex = exact
    foldedIndex = folded
    keyIndex = keys
    compactIndex = compact
    surnameIndex = surnames
    acronymOnlyFolds = acronymFolds.subtracting(otherFolds)
  }

  /// `key` without its spaces.
  /// - Complexity: O(*n*) in the length of the key.
  static func compacted(_ key: String) -> String {
    var bytesOfKey = key
    return bytesOfKey.withUTF8 { bytes in
      guard bytes.contains(0x20) else { return key }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        for byte in bytes where byte != 0x20 {
          out[count] = byte
          count += 1
        }
        return count
      }
    }
  }
}
