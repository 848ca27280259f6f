/// The lookup levels of `NameResolver` (see the type's documentation for the order).
extension NameResolver {
  /// What one lookup level found.
  enum Outcome: Equatable {
    /// One entry, and how.
    case found(Int, MatchMethod)
    /// Several entries the type could not tell apart.
    case ambiguous
    /// Nothing at this level.
    case notFound
  }

  /// Resolves `name` (whitespace is trimmed and collapsed) to an entity, preferring entries of
  /// `type` when a name form is shared. An empty name gives an empty id.
  /// - Complexity: O(*n*) in the length of the name (a fixed number of hashed lookups).
  package func resolve(_ name: String, type: EntityType? = nil) -> NameResolution {
    let cleaned = Self.collapsingWhitespace(name)
    let key = VariantKey.make(cleaned)
    guard !cleaned.isEmpty else {
      return NameResolution(
        entityID: "", canonicalName: "", type: type, key: "", how: .unknown, entryIndex: nil)
    }
    switch outcome(cleaned, key: key, type: type) {
    case .found(let index, let how):
      let entry = gazetteer.entries[index]
      return NameResolution(
        entityID: entry.id, canonicalName: entry.canonicalName, type: entry.type, key: key,
        how: how, entryIndex: index)
    case .ambiguous, .notFound:
      return NameResolution(
        entityID: Self.unknownID(cleaned, key: key), canonicalName: cleaned, type: type, key: key,
        how: .unknown, entryIndex: nil)
    }
  }

  /// Runs the levels in order and returns the first that is not `notFound`.
  private func outcome(_ name: String, key: String, type: EntityType?) -> Outcome {
    let direct = written(name, type: type, how: .exact)
    if direct != .notFound { return direct }
    let inflected = Self.inflectedForms(of: name)
    for form in inflected {
      let found = written(form, type: type, how: .inflection)
      if found != .notFound { return found }
    }
    let variantHit = variant(key: key, type: type)
    if variantHit != .notFound { return variantHit }
    let inflectedKeys = inflected.map(VariantKey.make)
    for formKey in inflectedKeys {
      let found = variant(key: formKey, type: type)
      if found != .notFound { return found }
    }
    for formKey in [key] + inflectedKeys where !formKey.utf8.contains(0x20) {
      let found = surname(formKey, type: type)
      if found != .notFound { return found }
    }
    return .notFound
  }

  /// The `exact` and `alias` levels for one form; `how` is `.exact` or `.inflection`.
  private func written(_ form: String, type: EntityType?, how: MatchMethod) -> Outcome {
    if let hits = exactIndex.entries(of: form) {
      return choose(hits, type: type, typeMustAgree: false, how: how)
    }
    let folded = VariantKey.fold(form)
    if how == .inflection, acronymOnlyFolds.contains(folded),
      !FoldedWord.isAcronym(ArraySlice(form.utf8))
    {
      return .notFound
    }
    if let hits = foldedIndex.entries(of: folded) {
      return choose(hits, type: type, typeMustAgree: false, how: how == .exact ? .alias : how)
    }
    return .notFound
  }

  /// The `variant` level: the key as it is, then with its tokens joined.
  private func variant(key: String, type: EntityType?) -> Outcome {
    guard VariantKey.letterCount(key) >= VariantKey.minimumVariantLength else { return .notFound }
    if let hits = keyIndex.entries(of: key) {
      return choose(hits, type: type, typeMustAgree: true, how: .variant)
    }
    if let hits = compactIndex.entries(of: Self.compacted(key)) {
      return choose(hits, type: type, typeMustAgree: true, how: .variant)
    }
    return .notFound
  }

  /// The `partial` level: a one-word key that is the surname of exactly one person.
  private func surname(_ key: String, type: EntityType?) -> Outcome {
    guard type == nil || type == .person,
      VariantKey.letterCount(key) >= VariantKey.minimumVariantLength,
      let hits = surnameIndex.entries(of: key)
    else { return .notFound }
    return choose(hits, type: type, typeMustAgree: true, how: .partial)
  }

  /// Picks one of the entries `hits` (ascending, distinct), using `type` to break ties.
  private func choose(
    _ hits: [Int], type: EntityType?, typeMustAgree: Bool, how: MatchMethod
  ) -> Outcome {
    if hits.count == 1 {
      if typeMustAgree, let type, gazetteer.entries[hits[0]].type != type { return .notFound }
      return .found(hits[0], how)
    }
    guard let type else { return .ambiguous }
    let typed = hits.filter { gazetteer.entries[$0].type == type }
    if typed.count == 1 { return .found(typed[0], how) }
    return typed.isEmpty && typeMustAgree ? .notFound : .ambiguous
  }

  /// `name` with leading and trailing whitespace removed and inner runs of whitespace
  /// (spaces, tabs, newlines, no-break spaces) replaced by one space.
  /// - Complexity: O(*n*) in the length of the name.
  static func collapsingWhitespace(_ name: String) -> String {
    var bytesOfName = name
    let collapsed = bytesOfName.withUTF8 { bytes in
      var previousSpace = true
      for byte in bytes {
        let space = byte == 0x20
        if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || (space && previousSpace)
        {
          return false
        }
        previousSpace = space
      }
      return !previousSpace
    }
    if collapsed { return name }
    var words: [Substring] = []
    for word in name.split(whereSeparator: { $0.isWhitespace }) { words.append(word) }
    return words.joined(separator: " ")
  }
}
