import Extract
import Testing
import Transform

/// The shipped configuration's entity rules on sentences of general German news, written for
/// these tests: what the word lists in `config/lexicon` keep out of the tables.
@Suite struct ShippedRulesTests {
  @Test func currencyCodesIdentifiersAndNumeralsAreNoOrganizationsAndAGivenNameTakesASurname()
    throws
  {
    let resources = try TransformResources.load(configDirectory: RepositoryPaths.config)
    let text =
      "Der Preis stieg auf 2000 EUR, die ISBN steht im Heft, Teil IV folgt. "
      + "Die NATO und Wolfgang Wagner berieten in Genf."
    let source = SourceDocument(docID: "d1", path: "a.txt", text: Array(text.utf8))
    let mentions = DocumentAnalyzer(resources: resources).analyze(source).mentions
    #expect(
      mentions.map { "\($0.surface) \($0.mention.entityID) \($0.mention.type.rawValue)" } == [
        "NATO nato ORG", "Wolfgang Wagner x_volfgang_vagner PER", "Genf geneva LOC",
      ])
  }
}
