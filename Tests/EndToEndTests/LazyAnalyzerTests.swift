import Extract
import Testing
import Transform

@testable import pipeline

@Suite struct LazyAnalyzerTests {
  /// Not built until asked for, then tags exactly as an analyzer built at once.
  @Test func buildsOnFirstUseAndTagsAlike() throws {
    let resources = try TransformResources.load(configDirectory: RepositoryPaths.config)
    let lazy = LazyAnalyzer(resources: resources, referenceDate: nil)
    #expect(!lazy.isBuilt)
    let source = SourceDocument(
      docID: "d1", path: "a.txt",
      text: Array("Paschinjan traf am Montag in Jerewan Präsident Tokajew.".utf8))
    let tagged = lazy.analyzer.analyze(source)
    #expect(lazy.isBuilt)
    let direct = DocumentAnalyzer(resources: resources).analyze(source)
    #expect(tagged.mentions == direct.mentions)
    #expect(
      tagged.mentions.map(\.mention.entityID) == [
        "nikol_pashinyan", "yerevan", "kassym_jomart_tokayev",
      ])
    #expect(tagged.dates.map(\.surface) == ["am Montag"])
  }

  /// `startBuilding()` builds on another thread without anyone asking, and the analyzer it
  /// built tags like any other.
  @Test func startBuildingBuildsInTheBackground() async throws {
    let resources = try TransformResources.load(configDirectory: RepositoryPaths.config)
    let lazy = LazyAnalyzer(resources: resources, referenceDate: nil)
    lazy.startBuilding()
    var waited = 0
    while !lazy.isBuilt && waited < 1000 {
      try await Task.sleep(for: .milliseconds(10))
      waited += 1
    }
    #expect(lazy.isBuilt)
    let source = SourceDocument(docID: "d1", path: "a.txt", text: Array("Lawrow in Kiew.".utf8))
    #expect(
      lazy.analyzer.analyze(source).mentions.map(\.mention.entityID) == ["sergey_lavrov", "kyiv"])
  }
}
