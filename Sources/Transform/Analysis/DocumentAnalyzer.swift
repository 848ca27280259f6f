import Extract

/// Transform for one document: an ordered list of passes over its text.
///
/// 1. segmentation into sentences and tokens;
/// 2. the document date (metadata, header or dateline, run reference date);
/// 3. date expressions, resolved against the document date;
/// 4. entity mentions, minus any inside a date expression;
/// 5. conversion of byte offsets to the code-point offsets of the tables.
package struct DocumentAnalyzer: Sendable {
  /// Sentence and token splitting.
  package let segmenter: Segmenter
  /// Date expressions.
  package let dateTagger: DateTagger
  /// Entity mentions.
  package let entityTagger: EntityTagger
  /// The run-wide reference date for documents without one of their own.
  package let referenceDate: CalendarDay?

  /// Creates an analyzer from loaded resources.
  package init(resources: TransformResources, referenceDate: CalendarDay? = nil) {
    segmenter = Segmenter(abbreviations: resources.abbreviations)
    dateTagger = DateTagger()
    entityTagger = EntityTagger(gazetteer: resources.gazetteer, lexicons: resources.lexicons)
    self.referenceDate = referenceDate
  }

  /// Analyzes one document; a document whose status is not `ok` passes through untagged.
  /// - Complexity: O(n) in the length of the text.
  package func analyze(_ source: SourceDocument) -> AnalyzedDocument {
    var result = AnalyzedDocument(untagged: source)
    guard source.status == .ok else { return result }
    let text = source.text
    let segmented = segmenter.segment(text)
    result.sentenceCount = segmented.sentences.count
    result.tokenCount = segmented.tokens.count

    let published = source.metadata.published.flatMap(CalendarDay.init(iso:))
    let documentDate = DocumentDateFinder.find(
      in: text, published: published, reference: referenceDate)
    result.documentDate = documentDate.value
    result.documentDateSource = documentDate.source.rawValue
    let dates = dateTagger.tag(text, documentDate: documentDate.day)

    var mentions = entityTagger.tag(segmented)
    Self.removeOverlaps(of: &mentions, with: dates)

    var offsets: [Int] = []
    offsets.reserveCapacity(2 * (mentions.count + dates.count))
    // By index: a `for mention in mentions` loop would copy every mention with its strings.
    for index in mentions.indices {
      offsets.append(mentions[index].start)
      offsets.append(mentions[index].end)
    }
    for index in dates.indices {
      offsets.append(dates[index].start)
      offsets.append(dates[index].end)
    }
    // The code-point offsets in the order of `offsets`: mention by mention, then date by date.
    let codePoints = CodePointMap.codePointOffsets(of: offsets, in: text)
    func surface(_ start: Int, _ end: Int) -> String {
      String(decoding: text[start..<end], as: UTF8.self)
    }
    // Each mention moves into its record (popped from the reversed array): mapping would copy
    // it with its strings and then release the originals. Reversed through the buffer, whose
    // swaps move the elements; `Array.reverse()` copies them.
    mentions.withUnsafeMutableBufferPointer { $0.reverse() }
    result.mentions.reserveCapacity(mentions.count)
    var next = 0
    // Mentions and dates come in text order, so each one's sentence is found walking on from
    // the last one's.
    var sentence = 0
    while let mention = mentions.popLast() {
      sentence = segmented.sentenceIndex(containing: mention.start, from: sentence)
      result.mentions.append(
        MentionRecord(
          sentence: sentence, start: codePoints[next], end: codePoints[next + 1],
          surface: surface(mention.start, mention.end), mention: mention))
      next += 2
    }
    result.dates.reserveCapacity(dates.count)
    sentence = 0
    for date in dates {
      sentence = segmented.sentenceIndex(containing: date.start, from: sentence)
      result.dates.append(
        DateRecord(
          sentence: sentence, start: codePoints[next], end: codePoints[next + 1],
          surface: surface(date.start, date.end), date: date))
      next += 2
    }
    return result
  }

  /// Removes the mentions that overlap a date expression.
  /// - Complexity: O((m + d) log d) for m mentions and d dates: dates sorted by start, with the
  ///   largest end among the first k, so each mention asks one binary search.
  static func removeOverlaps(of mentions: inout [EntityMention], with dates: [DateMention]) {
    guard !dates.isEmpty, !mentions.isEmpty else { return }
    let spans = dates.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 }
    var largestEnd: [Int] = [Int.min]
    largestEnd.reserveCapacity(spans.count + 1)
    for span in spans { largestEnd.append(max(largestEnd[largestEnd.count - 1], span.1)) }
    mentions.removeAll { mention in
      // The dates that start before the mention ends: the first `low` spans.
      var low = 0
      var high = spans.count
      while low < high {
        let middle = (low + high) / 2
        if spans[middle].0 < mention.end { low = middle + 1 } else { high = middle }
      }
      return largestEnd[low] > mention.start
    }
  }
}
