import Dispatch
import Synchronization

/// Finds and links persons, organizations and places in a segmented document.
///
/// An ordered list of passes over one `TaggingState`; each pass only claims tokens no earlier pass
/// claimed, so earlier passes win overlaps:
/// 1. gazetteer phrases (longest first; inflected last tokens; the name part of hyphen compounds);
/// 2. capitalized runs the name resolver links to a gazetteer entry by variant key;
/// 3. persons the gazetteer does not know: given name + surname (also where pass 1 or 2 took
///    the surname alone for an organization or a place matched only by variant: `Wolfgang
///    Wagner`, `Louis Saha`), a role or title before a name, a verb of saying next to a name,
///    a photo credit `Vorname Name/Agentur`;
///    then places after a place word (`am Fluss Naryn`);
/// 4. organizations defined by an acronym in parentheses, name patterns (`Universität X`), and
///    unknown all-caps acronyms;
/// 5. coreference: a surname alone, or a defined acronym, links to the entity seen in full;
/// 6. adjectives and demonyms (`russische`, `Aserbaidschaner`), with `form` = adjective;
/// 7. one type per unknown entity in the document, that of its most confident mention.
///
/// A class: one tagger serves every worker and every document's passes, which would otherwise
/// copy its many references at each hand-over.
package final class EntityTagger: Sendable {
  /// Resolves names to entity ids.
  package let resolver: NameResolver
  /// The gazetteer the resolver uses.
  package let gazetteer: Gazetteer
  /// All gazetteer names as token sequences.
  package let phrases: PhraseIndex
  /// Word lists.
  package let lexicons: EntityLexicons
  /// The variant key of every word of every gazetteer name: a run of capitalized words is only
  /// handed to the resolver when its first word's key is one of these. Keyed by the keys' bytes
  /// (`ByteHash`), so that asking costs no seeded hash of a `String`.
  let nameWordKeys: ByteKeyIndex
  /// The workers' memories of token spellings and resolved names.
  let memory = TokenFactsPool()

  /// Creates a tagger.
  ///
  /// The name resolver's indexes and the phrases with the word keys are built side by side
  /// (`concurrentPerform`, so on a single core, or with no idle worker, this thread builds both
  /// in turn rather than waiting for one): the two take about the same time, and a run waits
  /// for them before it tags its first document.
  package init(gazetteer: Gazetteer, lexicons: EntityLexicons) {
    self.gazetteer = gazetteer
    self.lexicons = lexicons
    let resolver = Mutex<NameResolver?>(nil)
    let phrases = Mutex<(PhraseIndex, ByteKeyIndex)?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        let made = NameResolver(gazetteer: gazetteer)
        resolver.withLock { $0 = made }
      } else {
        let made = (PhraseIndex(gazetteer: gazetteer), Self.nameWordKeys(of: gazetteer))
        phrases.withLock { $0 = made }
      }
    }
    (self.phrases, nameWordKeys) = phrases.withLock { $0! }
    self.resolver = resolver.withLock { $0! }
  }

  /// The variant keys of every word of every name of `gazetteer` (see `nameWordKeys`).
  private static func nameWordKeys(of gazetteer: Gazetteer) -> ByteKeyIndex {
    var keys = ByteKeyIndex()
    for entry in gazetteer.entries {
      for name in [entry.canonicalName, entry.germanName] + entry.aliases {
        let bytes = Array(name.utf8)
        for token in Tokenizer.tokens(in: bytes) where token.kind == .word {
          let key = bytes[token.start..<token.end].withUnsafeBufferPointer {
            Array(VariantKey.make(utf8: $0).utf8)
          }
          _ = key.withUnsafeBufferPointer { keys.add($0) }
        }
      }
    }
    return keys
  }

  /// Tags one document; mentions come sorted by start offset, without overlaps.
  /// - Complexity: O(n) in the number of tokens, times the small number of candidate phrases.
  package func tag(_ segmented: SegmentedText) -> [EntityMention] {
    memory.withTable { table in
      var state = TaggingState(segmented, table: table, tagger: self)
      tagGazetteerPhrases(&state)
      tagResolvedRuns(&state, table)
      tagUnknownPersons(&state, table)
      tagUnknownPlaces(&state, table)
      tagOrganizations(&state, table)
      tagCoreferences(&state, table)
      tagAdjectives(&state)
      unifyUnknownTypes(&state)
      // In place and handed out whole: `sorted` would copy every mention with its strings.
      state.mentions.sort { $0.start < $1.start }
      return state.mentions
    }
  }

  /// `resolver.resolve(name, type:)`, remembered in `table`.
  func resolve(_ name: String, type: EntityType? = nil, _ table: TokenFactsTable) -> NameResolution
  {
    var utf8 = name
    return utf8.withUTF8 { bytes in
      table.resolutions.resolution(of: bytes, type: type) { resolver.resolve(name, type: type) }
    }
  }

  /// `resolve` for the text from the start of token `first` to the end of token `last`, which
  /// becomes a `String` only when the memo does not know it.
  func resolve(
    from first: Int, through last: Int, _ state: TaggingState, type: EntityType? = nil,
    _ table: TokenFactsTable
  ) -> NameResolution {
    state.text.withUnsafeBufferPointer { text in
      let bytes = UnsafeBufferPointer(
        rebasing: text[state.tokens[first].start..<state.tokens[last].end])
      return table.resolutions.resolution(of: bytes, type: type) {
        resolver.resolve(String(decoding: bytes, as: UTF8.self), type: type)
      }
    }
  }

  /// The mention for gazetteer entry `index`.
  func mention(
    entry index: Int, start: Int, end: Int, form: MentionForm, method: MentionMethod,
    how: MatchMethod,
    confidence: Double, inCompound: Bool = false
  ) -> EntityMention {
    let entry = gazetteer.entries[index]
    return EntityMention(
      start: start, end: end, entityID: entry.id, canonicalName: entry.canonicalName,
      type: entry.type,
      form: form, method: method, how: how, confidence: confidence, inCompound: inCompound)
  }

  /// The mention of the name over tokens `first...last` that a pattern found: linked to the
  /// gazetteer entry when the resolver knows the name, else an unknown entity of `type` whose id
  /// comes from the name's variant key. `given` is the name to resolve when it is not the text of
  /// the tokens (a normalized form).
  func patternMention(
    _ state: TaggingState, from first: Int, through last: Int, type: EntityType, confidence: Double,
    _ table: TokenFactsTable, name given: String? = nil
  ) -> EntityMention {
    let name = given ?? state.string(from: first, through: last)
    let resolution = resolve(name, type: type, table)
    return EntityMention(
      start: state.tokens[first].start, end: state.tokens[last].end, entityID: resolution.entityID,
      canonicalName: resolution.entryIndex == nil ? name : resolution.canonicalName,
      type: resolution.type ?? type, method: .pattern, how: resolution.how,
      confidence: confidence)
  }
}
