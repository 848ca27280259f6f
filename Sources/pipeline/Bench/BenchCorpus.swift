import Extract

/// The benchmark corpus: articles of about 3 KB assembled from the sentences, headlines, photo
/// lines and bullets of the sample articles, each article in its own order and with its own
/// persons, years, days, months and numbers, so the vocabulary keeps growing with the corpus as
/// it does in real news.
///
/// Article `i` depends only on the samples, the seed and `i` (never on how many articles are
/// made), so 100,000 articles begin with the same 10,000 as a run of 10,000.
struct BenchCorpus: Sendable {
  /// Changes whenever the generator makes different bytes; part of the marker of a finished
  /// corpus folder, so an older corpus in a reused folder is made again.
  static let version = 3
  /// The seed `pipeline bench` uses.
  static let defaultSeed: UInt64 = 0x0BE7_C0A5_2024_0001

  /// The seed every article's random stream is derived from.
  let seed: UInt64
  /// Headlines and teaser lines (five words or more, no final period).
  let headlines: [TextTemplate]
  /// Short subheadings between paragraphs (two to four words).
  let subheads: [TextTemplate]
  /// Body sentences.
  let sentences: [TextTemplate]
  /// Summary bullets, without their `•`.
  let bullets: [TextTemplate]
  /// Photo captions with the credit line that followed them (`Foto: Name/Agency`).
  let photos: [(caption: TextTemplate, credit: TextTemplate)]
  /// Given names of the samples' persons, used when a person is replaced.
  let givenNames: [[UInt8]]

  /// The smallest and the largest target size of an article body in bytes; an article ends with
  /// the paragraph that reaches its target.
  static let targetBytes = 2_250...3_650

  /// Builds the pools from sample articles (any encoding `TextDecoder` reads; files it cannot
  /// decode are passed over), recognizing persons by the given names of the lexicon.
  /// - Complexity: O(n) in the total size of the samples.
  init(
    samples: [[UInt8]], givenNames: [String], abbreviations: [String], seed: UInt64 = defaultSeed
  ) {
    self.seed = seed
    let texts = samples.compactMap { bytes -> [UInt8]? in
      if case .success(let decoded) = TextDecoder.decode(bytes) { return decoded.utf8 }
      return nil
    }
    let lexicon = Set(givenNames.map { Array($0.utf8) })
    let layouts = texts.map {
      SampleLayout(text: $0, abbreviations: Set(abbreviations.map { Array($0.utf8) }))
    }
    // Pass one finds the persons, pass two marks their surnames wherever they stand alone.
    var vocabulary = TextTemplate.Vocabulary(givenNames: lexicon, surnames: [])
    var given: Set<[UInt8]> = []
    for layout in layouts {
      for line in layout.allLines {
        let template = TextTemplate(parsing: line[...], vocabulary: vocabulary)
        vocabulary.surnames.formUnion(template.personSurnames)
        given.formUnion(template.personGivenNames)
      }
    }
    func parse(_ lines: [[UInt8]]) -> [TextTemplate] {
      lines.map { TextTemplate(parsing: $0[...], vocabulary: vocabulary) }
    }
    headlines = parse(layouts.flatMap(\.headlines))
    subheads = parse(layouts.flatMap(\.subheads))
    sentences = parse(layouts.flatMap(\.sentences))
    bullets = parse(layouts.flatMap(\.bullets))
    photos = layouts.flatMap(\.photos).map {
      (
        TextTemplate(parsing: $0.caption[...], vocabulary: vocabulary),
        TextTemplate(parsing: $0.credit[...], vocabulary: vocabulary)
      )
    }
    self.givenNames =
      given.isEmpty ? [Array("Anna".utf8)] : given.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Whether there is enough to build articles from (at least one headline and one sentence).
  var isUsable: Bool { !headlines.isEmpty && !sentences.isEmpty }

  /// Percent of articles written in Windows-1252 (when every character fits it), as scraped
  /// corpora have some; the six samples have one.
  static let windows1252Percent = 17

  /// The bytes of article `index` as they go into its file: `text(ofArticle:)` in UTF-8, or in
  /// Windows-1252 for about one article in six.
  /// - Complexity: O(n) in the size of the article.
  func article(_ index: Int) -> [UInt8] {
    let text = text(ofArticle: index)
    var coin = SplitMix64(
      seed: (seed &+ 1252) ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    if coin.chance(Self.windows1252Percent), let legacy = Self.windows1252(text) { return legacy }
    return text
  }

  /// The UTF-8 text of article `index`: an optional date line, a headline, perhaps a photo
  /// caption with its credit and three bullets, then paragraphs of two to five sentences (a
  /// sentence is drawn again when the article already has it) with the odd subheading,
  /// paragraphs separated by blank lines, `\n` line ends.
  /// - Complexity: O(n) in the size of the article.
  func text(ofArticle index: Int) -> [UInt8] {
    var random = SplitMix64(
      seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    var variation = ArticleVariation(
      random: SplitMix64(seed: random.next()), givenNames: givenNames)
    let target = Self.targetBytes.lowerBound + random.below(Self.targetBytes.count)
    var out: [UInt8] = []
    out.reserveCapacity(Self.targetBytes.upperBound + 1_024)
    if random.chance(35) {
      appendDateLine(to: &out, using: &random)
      out += [0x0A, 0x0A]
    }
    random.pick(headlines).render(into: &out, varying: &variation)
    out += [0x0A, 0x0A]
    if !photos.isEmpty && random.chance(60) {
      let photo = random.pick(photos)
      photo.caption.render(into: &out, varying: &variation)
      out.append(0x0A)
      photo.credit.render(into: &out, varying: &variation)
      out += [0x0A, 0x0A]
    }
    if !bullets.isEmpty && random.chance(30) {
      for _ in 0..<3 {
        out += Array("  • ".utf8)
        random.pick(bullets).render(into: &out, varying: &variation)
        out.append(0x0A)
      }
      out.append(0x0A)
    }
    var paragraphs = 0
    var used: Set<Int> = []
    while out.count < target {
      if paragraphs >= 2 && !subheads.isEmpty && random.chance(20) {
        random.pick(subheads).render(into: &out, varying: &variation)
        out += [0x0A, 0x0A]
      }
      for sentence in 0..<(2 + random.below(4)) {
        if sentence > 0 { out.append(0x20) }
        var choice = random.below(sentences.count)
        for _ in 0..<4 where used.contains(choice) { choice = random.below(sentences.count) }
        used.insert(choice)
        sentences[choice].render(into: &out, varying: &variation)
      }
      out += [0x0A, 0x0A]
      paragraphs += 1
    }
    out.removeLast()
    return out
  }

  /// A date header as scraped pages have them: `14.03.2024`, `März 14, 2024` or `14. März 2024`.
  private func appendDateLine(to out: inout [UInt8], using random: inout SplitMix64) {
    let day = 1 + random.below(28)
    let month = random.below(12)
    let year = 2018 + random.below(9)
    switch random.below(3) {
    case 0:
      TextTemplate.appendNumber(day, width: 2, to: &out)
      out.append(UInt8(ascii: "."))
      TextTemplate.appendNumber(month + 1, width: 2, to: &out)
      out.append(UInt8(ascii: "."))
    case 1:
      out += TextTemplate.monthNames[month]
      out.append(0x20)
      TextTemplate.appendNumber(day, width: 1, to: &out)
      out += [UInt8(ascii: ","), 0x20]
    default:
      TextTemplate.appendNumber(day, width: 1, to: &out)
      out += [UInt8(ascii: "."), 0x20]
      out += TextTemplate.monthNames[month]
      out.append(0x20)
    }
    TextTemplate.appendNumber(year, width: 4, to: &out)
  }
}
