import Foundation
import Testing

@testable import Transform

/// Each cue of the entity tagger on sentences written for these tests, with a small fixture
/// gazetteer, so that the expectations do not move when the real gazetteer grows.
@Suite struct EntityTaggerTests {
  static let fixture = """
    id\ttype\tkind\tcanonical_name\tgerman_name\taliases\tiso2\tiso3\tcountry\twikidata\tadjectives\tdemonyms
    russia\tLOC\tcountry\tRussia\tRussland\tRussische Föderation\tRU\tRUS\tRU\t\trussisch\tRusse|Russen
    armenia\tLOC\tcountry\tArmenia\tArmenien\t\tAM\tARM\tAM\t\tarmenisch\tArmenier
    eu\tORG\tintergovernmental\tEuropean Union\tEuropäische Union\tEU\t\t\t\t\t\t
    csto\tORG\tintergovernmental\tCollective Security Treaty Organization\tOrganisation des Vertrags über kollektive Sicherheit\tOVKS|CSTO\t\t\t\t\t\t
    ap\tORG\tmedia\tAssociated Press\tAssociated Press\tAP\t\t\tUS\t\t\t
    reuters\tORG\tmedia\tReuters\tReuters\t\t\t\tGB\t\t\t
    nikol_pashinyan\tPER\tperson\tNikol Pashinyan\tNikol Paschinjan\tPaschinjan\t\t\tAM\t\t\t
    st_petersburg\tLOC\tcity\tSaint Petersburg\tSankt Petersburg\tSt. Petersburg\t\t\tRU\t\t\t

    """

  static let tagger: EntityTagger = {
    let folder = NSTemporaryDirectory() + "entity-tagger-fixture-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try! fixture.write(toFile: folder + "/fixture.tsv", atomically: true, encoding: .utf8)
    let gazetteer = try! Gazetteer.load(directory: URL(fileURLWithPath: folder))
    try? FileManager.default.removeItem(atPath: folder)
    let lexicons = EntityLexicons(
      givenNames: ["Lina", "Anna", "Tigran"], personCues: ["Außenministerin", "Präsident"],
      reportingVerbs: ["sagte", "teilte"],
      notNames: ["Die", "Der", "Das", "Am", "Im", "Foto", "Laut", "Später"],
      surnameEndings: ["jan", "ow", "ew", "bajew"], placeCues: ["Fluss", "Dorf", "Flughafen"],
      orgConnectors: ["for", "of", "the", "für", "des"],
      orgLeadingWords: ["universität", "institut", "stiftung"],
      orgTrailingWords: ["group", "institute", "agency"],
      commonNounEndings: ["ung", "heit", "keit", "schaft", "tion"],
      nameParticles: ["von", "de"], secondNameParticles: ["der"])
    return EntityTagger(gazetteer: gazetteer, lexicons: lexicons)
  }()

  /// `surface entity_id type form method in_compound` for each mention of `text`.
  private func tag(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let segmented = Segmenter(abbreviations: ["St"]).segment(bytes)
    return Self.tagger.tag(segmented).map { mention in
      let surface = String(decoding: bytes[mention.start..<mention.end], as: UTF8.self)
      return [
        surface, mention.entityID, mention.type.rawValue, mention.form.rawValue,
        mention.method.rawValue,
      ]
      .joined(separator: " ") + (mention.inCompound ? " compound" : "")
    }
  }

  @Test func organizationWordsAndNounEndingsComeFromTheLexicons() {
    #expect(
      tag("Laut Stiftung Kroll und der Wagner Group schwieg das Amt. Das sagte Regierung.")
        == [
          "Stiftung Kroll x_stiftung_krol ORG name pattern",
          "Wagner Group x_vagner_group ORG name pattern",
        ])
    // Without the organization words there are no organizations, and without the noun endings
    // `Regierung` after a verb of saying passes for a person.
    let bare = EntityTagger(
      gazetteer: Self.tagger.gazetteer, lexicons: EntityLexicons(reportingVerbs: ["sagte"]))
    let bytes = Array(
      "Laut Stiftung Kroll und der Wagner Group schwieg das Amt. Das sagte Regierung.".utf8)
    let segmented = Segmenter(abbreviations: []).segment(bytes)
    #expect(
      bare.tag(segmented).map {
        String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) + " " + $0.type.rawValue
      }
        == ["Regierung PER"])
  }

  @Test func gazetteerNamesWithInflectionAndMultiwordForms() {
    #expect(
      tag(
        "Die Organisation des Vertrags über kollektive Sicherheit tagte in St. Petersburg, fern Russlands."
      )
        == [
          "Organisation des Vertrags über kollektive Sicherheit csto ORG name gazetteer",
          "St. Petersburg st_petersburg LOC name gazetteer",
          "Russlands russia LOC name gazetteer",
        ])
    #expect(tag("Vertreter der Europäischen Union") == ["Europäischen Union eu ORG name gazetteer"])
  }

  @Test func acronymsMatchOnlyInTheirCaseAndInsideCompounds() {
    #expect(
      tag("Der OVKS-Gipfel und AP berichteten.") == [
        "OVKS csto ORG name gazetteer compound", "AP ap ORG name gazetteer",
      ])
    #expect(tag("Das ap fehlt hier.") == [])
  }

  @Test func variantSpellingLinksToTheGazetteer() {
    #expect(
      tag("Premier Nikol Paschinian reiste ab.").contains(
        "Nikol Paschinian nikol_pashinyan PER name variant"))
  }

  @Test func unknownPersonByGivenNameThenSurnameAlone() throws {
    let result = tag(
      "Die Expertin Lina Marquardt warnte. Später widersprach Marquardt. Marquardts Studie folgt.")
    try #require(result.count == 3)
    let ids = Set(result.compactMap { $0.split(separator: " ").first { $0.hasPrefix("x_") } })
    #expect(ids.count == 1)
    #expect(result[0].hasPrefix("Lina Marquardt x_") && result[0].hasSuffix("PER name given_name"))
    #expect(result[1].hasSuffix("PER name coreference") && result[2].hasPrefix("Marquardts "))
  }

  @Test func roleCueReportingVerbAndPhotoCredit() throws {
    #expect(
      tag("Außenministerin Nune Sargsjan reist.").first?.hasPrefix("Nune Sargsjan x_") == true)
    #expect(tag("„Wir warten“, sagte Hovhannisjan.").first?.hasPrefix("Hovhannisjan x_") == true)
    let credit = tag("Foto: Tigran Hakobjan/Reuters")
    try #require(credit.count == 2)
    #expect(
      credit[0].hasPrefix("Tigran Hakobjan x_") && credit[1] == "Reuters reuters ORG name gazetteer"
    )
  }

  @Test func acronymDefinitionMakesAnAliasForTheDocument() throws {
    let result = tag("Das Steppe Policy Forum (SPF) warnte. Laut SPF steigen die Preise.")
    try #require(result.count == 3)
    #expect(
      result[0].hasPrefix("Steppe Policy Forum x_") && result[0].hasSuffix("ORG name pattern"))
    let id = result[0].split(separator: " ")[3]
    #expect(result[1] == "SPF \(id) ORG name acronym")
    #expect(result[2] == "SPF \(id) ORG name acronym")
  }

  @Test func adjectivesAndDemonymsAreLinkedAsAdjectives() {
    #expect(
      tag("Die russische Seite und armenischen Diplomaten") == [
        "russische russia LOC adjective gazetteer", "armenischen armenia LOC adjective gazetteer",
      ])
  }

  @Test func surnameEndingMakesAPersonWithoutTheNounBefore() throws {
    let result = tag("Das sagte die Bäuerin Siranusch Avetisjan am Zaun.")
    try #require(result.count == 1)
    #expect(
      result[0].hasPrefix("Siranusch Avetisjan x_") && result[0].hasSuffix("PER name pattern"))
  }

  @Test func placeCueMakesTheNextWordAPlace() throws {
    let result = tag("Das Kraftwerk steht am Fluss Naryn nahe dem Dorf Kirants.")
    try #require(result.count == 2)
    #expect(result[0].hasPrefix("Naryn x_") && result[0].hasSuffix("LOC name pattern"))
    #expect(result[1].hasPrefix("Kirants x_") && result[1].hasSuffix("LOC name pattern"))
  }

  @Test func companyShapedWordsAreOrganizations() throws {
    let result = tag("Der Versorger RusHydro baut mit der Ilia-Staatsuniversität.")
    try #require(result.count == 2)
    #expect(result[0].hasPrefix("RusHydro x_") && result[0].hasSuffix("ORG name pattern"))
    #expect(result[1].hasPrefix("Ilia-Staatsuniversität x_"))
  }

  @Test func surnameInAnotherSpellingLinksByVariantKey() throws {
    let result = tag("Die Expertin Lina Alijewa sprach. Später nannte Aliyeva Zahlen.")
    try #require(result.count == 2)
    #expect(result[0].split(separator: " ")[2] == result[1].split(separator: " ")[1])
  }

  @Test func aSingleNounBeforeAVerbOfSayingIsNoPerson() {
    #expect(tag("Das Büro teilte mit, es gebe nichts Neues.") == [])
  }

  @Test func aSurnameTakenAloneJoinsThePersonNamedInFull() throws {
    let result = tag("„Wir warten“, sagte Pemberton. Die Expertin Lina Pemberton lehrt in Leeds.")
    try #require(result.count == 2)
    #expect(result[0].hasSuffix("PER name coreference"))
    #expect(result[0].split(separator: " ")[1] == result[1].split(separator: " ")[2])
  }

  @Test func remembersSpellingsWithoutChangingResults() {
    let texts = [
      "Die Außenministerin Anna Berg traf Paschinjan in Russlands Hauptstadt.",
      "Der OVKS-Gipfel: Pashinyan sagte, Russland und die Europäische Union (EU) reden.",
      "Vertreter der Europäischen Union sprachen am Fluss Naryn mit russischen Diplomaten.",
    ]
    func tagged(_ text: String, by tagger: EntityTagger) -> [EntityMention] {
      tagger.tag(Segmenter(abbreviations: ["St"]).segment(Array(text.utf8)))
    }
    // Each text cold (a new tagger, whose tables start empty), then all on one warm tagger.
    let cold = texts.map {
      tagged($0, by: EntityTagger(gazetteer: Self.tagger.gazetteer, lexicons: Self.tagger.lexicons))
    }
    let shared = EntityTagger(gazetteer: Self.tagger.gazetteer, lexicons: Self.tagger.lexicons)
    let warm = (texts + texts.reversed()).map { tagged($0, by: shared) }
    #expect(Array(warm.prefix(3)) == cold)
    #expect(Array(warm.suffix(3).reversed()) == cold)
    #expect(cold.map(\.count) == [3, 5, 3])
  }

  @Test func aSurnameSharedByTwoPersonsGoesToThePersonNamedFirst() throws {
    // `Alijewa` and `Aliyeva` have one variant key; `Aliewa` alone has it too.
    let text =
      "Die Expertin Lina Alijewa sprach. Präsident Anna Aliyeva antwortete. Dann kam Aliewa."
    let result = tag(text)
    try #require(result.count == 3)
    #expect(result[2].hasPrefix("Aliewa "))
    #expect(result[2].hasSuffix("PER name coreference"))
    #expect(result[2].split(separator: " ")[1] == result[0].split(separator: " ")[2])
  }

  @Test func aGazetteerWordAfterAGivenNameIsASurname() {
    // `Reuters` alone stays the agency; after a given name it is the person's surname.
    #expect(
      tag("Das sagte Lina Reuters am Montag. Reuters meldete es zuerst.") == [
        "Lina Reuters x_lina_reuters PER name given_name", "Reuters reuters ORG name gazetteer",
      ])
  }

  @Test func initialsBeforeASurnameMakeAPerson() {
    #expect(
      tag("Die Autoren A. Korsakow und Tigran B. Marquardt schrieben. Teil B. Die Zahl stieg.")
        == [
          "A. Korsakow x_a_korsakov PER name pattern",
          "Tigran B. Marquardt x_tigran_b_markuardt PER name given_name",
        ])
  }

  @Test func aGivenNameTakesNameParticlesAndTheNameAfterThem() {
    #expect(
      tag("Dann sprach Lina von der Kroll. Anna de Sousa kam. Anna Berg von Kroll nicht.") == [
        "Lina von der Kroll x_lina_von_der_krol PER name given_name",
        "Anna de Sousa x_ana_de_sousa PER name given_name",
        // After a run of two words, `von` starts no name part; `Kroll` is Lina's surname.
        "Anna Berg x_ana_berg PER name given_name",
        "Kroll x_lina_von_der_krol PER name coreference",
      ])
  }

  @Test func aPlaceAsWrittenAfterAGivenNameStaysAPlace() {
    #expect(
      tag("Zuletzt hatte Tigran Armenien besucht.") == ["Armenien armenia LOC name gazetteer"])
  }

  @Test func germanWordsAfterAGivenNameAreNoNameParticles() {
    #expect(tag("Dann wurde Lina von Beamten befragt, als Anna da Hilfe brauchte.") == [])
  }

  @Test func aPlaceAsWrittenAfterAnOrganizationWordIsPartOfTheName() {
    #expect(
      tag("Die Universität Armenien lud ein. Das Institut Russlands schwieg.") == [
        "Universität Armenien x_universitat_armenyen ORG name pattern",
        "Russlands russia LOC name gazetteer",
      ])
  }

  @Test func aRoleAfterAFormOfAddressIsNoName() {
    #expect(tag("Danke, Präsident Außenministerin, sagte sie.") == [])
    #expect(
      tag("Danke, Präsident Tigran Marquardt.") == [
        "Tigran Marquardt x_tigran_markuardt PER name given_name"
      ])
  }

  @Test func romanNumeralsAreNoOrganizationsButOtherAcronymsAre() {
    #expect(tag("Teil IV und Band XII erschienen beim ISW.") == ["ISW x_isw ORG name pattern"])
    #expect(EntityTagger.isRomanNumeral(ArraySlice("XIV".utf8)))
    #expect(!EntityTagger.isRomanNumeral(ArraySlice("MDC".utf8)))
    #expect(!EntityTagger.isRomanNumeral(ArraySlice("".utf8)))
  }

  @Test func anUnknownNameTypedTwoWaysTakesItsMostConfidentType() {
    // The cue makes the first `McCain` a person (0.75), the inner capital the second an
    // organization (0.6); one id is one entity, so both are persons.
    #expect(
      tag("Präsident McCain kam. McCain sagte nichts.") == [
        "McCain x_mkain PER name pattern", "McCain x_mkain PER name pattern",
      ])
  }

  @Test(
    "company-shaped spellings",
    arguments: [
      ("RusHydro", true), ("QazaqGaz", true), ("Ilia-Staatsuniversität", true),
      ("Lomonossow-Institut", true), ("McCain", true), ("PetroChina-Chef", false),
      ("Universität", false), ("Gazprom", false), ("OVKS", false), ("iPhone", true), ("Ab", false),
    ])
  func companyShaped(spelling: String, expected: Bool) {
    let bytes = ArraySlice(spelling.utf8)
    #expect(EntityTagger.isCompanyShaped(bytes, folded: FoldedWord.fold(bytes)) == expected)
  }
}
