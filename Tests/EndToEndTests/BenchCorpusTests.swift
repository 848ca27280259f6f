import Extract
import Foundation
import Testing
import Transform

@testable import pipeline

/// The generated benchmark corpus: reproducible, varied, and unlike the samples it is built from.
@Suite struct BenchCorpusTests {
  /// The `.txt` files of `samples/` and `testdata/heldout/`, as `pipeline bench` reads them.
  static let sampleTexts: [[UInt8]] = {
    var texts: [[UInt8]] = []
    for folder in [RepositoryPaths.samples, RepositoryPaths.root + "/testdata/heldout"] {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()
      texts += names.compactMap {
        FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) }
      }
    }
    return texts
  }()

  static func corpus(seed: UInt64 = BenchCorpus.defaultSeed) throws -> BenchCorpus {
    let lexicon = RepositoryPaths.config + "/lexicon/"
    return BenchCorpus(
      samples: sampleTexts, givenNames: try WordList.load(lexicon + "given_names.txt"),
      abbreviations: try WordList.load(lexicon + "abbreviations.txt"), seed: seed)
  }

  @Test func splitMix64MatchesTheReferenceSequence() {
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(random.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func sameSeedGivesTheSameBytes() throws {
    let one = try Self.corpus()
    let two = try Self.corpus()
    for index in [0, 1, 2, 999, 123_456] {
      #expect(one.article(index) == two.article(index), "article \(index)")
    }
    #expect(try Self.corpus(seed: 7).article(0) != one.article(0))
  }

  /// Pins the generator's output: when this fails on purpose, raise `BenchCorpus.version` so
  /// that corpora left in reused `--work` folders are made again, then update the digest.
  @Test func outputIsPinnedToTheGeneratorVersion() throws {
    let corpus = try Self.corpus()
    var hasher = SHA256()
    var bytes = 0
    for index in 0..<100 {
      let article = corpus.article(index)
      bytes += article.count
      hasher.update(article)
    }
    #expect(BenchCorpus.version == 3)
    #expect(bytes == 323_263)
    #expect(
      hasher.finalize().hexString
        == "8704c3690cd3880237ee89b2f3bc250dfeaebb1548bfc3fb057d8c640bac2806")
  }

  @Test func articlesDifferFromEachOtherAndFromTheSamples() throws {
    let corpus = try Self.corpus()
    let articles = (0..<300).map { corpus.article($0) }
    #expect(Set(articles).count == 300)
    let samples = Set(Self.sampleTexts)
    #expect(articles.allSatisfy { !samples.contains($0) })
    #expect(articles.allSatisfy { (2_250...5_000).contains($0.count) })
    let headlines = Set(articles.map { $0.split(separator: 0x0A).first.map(Array.init) ?? [] })
    #expect(headlines.count > 50)
  }

  /// New articles keep bringing new words, as a real news corpus does: the 300 articles after the
  /// first 100 almost double the distinct words (the samples alone have about 2,100).
  @Test func vocabularyGrowsWithTheCorpus() throws {
    let corpus = try Self.corpus()
    var words: Set<ArraySlice<UInt8>> = []
    var sizes: [Int] = []
    for index in 0..<400 {
      let article = corpus.text(ofArticle: index)
      for word in article.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }) { words.insert(word) }
      if index == 99 || index == 399 { sizes.append(words.count) }
    }
    #expect(sizes == [3_516, 6_825])
  }

  /// About one article in six is written in Windows-1252 and decodes to the same text.
  @Test func someArticlesAreWindows1252() throws {
    let corpus = try Self.corpus()
    var legacy = 0
    for index in 0..<300 {
      guard case .success(let decoded) = TextDecoder.decode(corpus.article(index)) else {
        Issue.record("article \(index) does not decode")
        continue
      }
      #expect(decoded.utf8 == corpus.text(ofArticle: index), "article \(index)")
      if decoded.encoding == .windows1252 { legacy += 1 }
    }
    #expect(legacy == 45)
  }

  @Test func writingReplacesAnOlderCorpus() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpusFolder = folder.path + "/corpus"
    try folder.write("corpus/.complete-3", [])
    try folder.write("corpus/000/article-000009.txt", Array("old".utf8))
    let corpus = try Self.corpus()
    let total = try corpus.write(count: 3, into: corpusFolder)
    let manager = FileManager.default
    #expect(!manager.fileExists(atPath: corpusFolder + "/000/article-000009.txt"))
    #expect(!manager.fileExists(atPath: corpusFolder + "/.complete-3"))
    let written = (0..<3).map {
      manager.contents(atPath: BenchCorpus.path(ofArticle: $0, in: corpusFolder))
    }
    #expect(written == (0..<3).map { Data(corpus.article($0)) })
    #expect(total == (0..<3).reduce(0) { $0 + corpus.article($1).count })
    #expect(
      manager.contents(atPath: corpus.markerPath(count: 3, in: corpusFolder))
        == Data(String(total).utf8))
    try folder.write("corpus/000/article-000000.txt", Array("kept".utf8))
    #expect(try corpus.write(count: 3, into: corpusFolder) == total)
    #expect(
      manager.contents(atPath: BenchCorpus.path(ofArticle: 0, in: corpusFolder))
        == Data("kept".utf8))
  }

  @Test(arguments: [
    (
      "Sergej Lawrow sprach am 3. Juli 2022 vor 11.000 Gästen.",
      [
        TextTemplate.Piece.person(given: b("Sergej"), surname: b("Lawrow"), genitive: false),
        .text(b(" sprach am ")), .day, .text(b(". ")), .month(6), .text(b(" ")), .year(2022),
        .text(b(" vor ")), .digits(count: 2, leadingZero: false), .text(b(".")),
        .digits(count: 3, leadingZero: true), .text(b(" Gästen.")),
      ]
    ),
    (
      "Lawrows Büro, 14.03.2024, Anfang der 1990er-Jahre, um 14:30 Uhr",
      [
        .surname(b("Lawrow"), genitive: true), .text(b(" Büro, ")), .day, .text(b(".")),
        .monthNumber(width: 2), .text(b(".")), .year(2024), .text(b(", Anfang der ")), .decade,
        .text(b("er-Jahre, um 14:30 Uhr")),
      ]
    ),
    ("Foto: TASS, Präsident Sergej OVKS", [.text(b("Foto: TASS, Präsident Sergej OVKS"))]),
  ])
  func templatesMarkWhatVaries(line: String, pieces: [TextTemplate.Piece]) {
    let vocabulary = TextTemplate.Vocabulary(givenNames: [b("Sergej")], surnames: [b("Lawrow")])
    #expect(TextTemplate(parsing: b(line)[...], vocabulary: vocabulary).pieces == pieces)
  }

  @Test(arguments: [
    ("Er kam. Sie ging.", ["Er kam.", "Sie ging."]),
    (
      "Am 3. Juli kam W. Putin (M.) an. Dann nicht.",
      ["Am 3. Juli kam W. Putin (M.) an.", "Dann nicht."]
    ),
    (
      "Er sagte: \"Gut. Sehr gut.\" Dann ging er.",
      ["Er sagte: \"Gut. Sehr gut.\"", "Dann ging er."]
    ),
    ("Das sagte Prof. Weber. Ende", ["Das sagte Prof. Weber.", "Ende"]),
  ])
  func paragraphsSplitIntoSentences(paragraph: String, sentences: [String]) {
    let split = SampleLayout.sentences(in: b(paragraph), abbreviations: [b("Prof")])
    #expect(split.map { String(decoding: $0, as: UTF8.self) } == sentences)
  }
}

/// The UTF-8 bytes of a string.
private func b(_ text: String) -> [UInt8] { Array(text.utf8) }
