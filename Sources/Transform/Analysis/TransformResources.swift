import Foundation

/// Everything Transform reads from the config folder: the gazetteer and the lexicons.
package struct TransformResources: Sendable {
  /// The entity gazetteer (`config/gazetteer/*.tsv`).
  package var gazetteer: Gazetteer
  /// Abbreviations for sentence splitting (`config/lexicon/abbreviations.txt`).
  package var abbreviations: [String]
  /// Word lists for the entity tagger (`config/lexicon/*.txt`).
  package var lexicons: EntityLexicons

  /// Creates resources from parts (for tests).
  package init(gazetteer: Gazetteer, abbreviations: [String], lexicons: EntityLexicons) {
    self.gazetteer = gazetteer
    self.abbreviations = abbreviations
    self.lexicons = lexicons
  }

  /// Loads the resources from a config folder.
  package static func load(configDirectory: String) throws(ConfigurationError) -> TransformResources
  {
    let gazetteer: Gazetteer
    do {
      gazetteer = try Gazetteer.load(
        directory: URL(fileURLWithPath: configDirectory + "/gazetteer"))
    } catch let error as GazetteerError {
      throw ConfigurationError(
        file: configDirectory + "/gazetteer", line: nil, message: error.description)
    } catch {
      throw ConfigurationError(file: configDirectory + "/gazetteer", line: nil, message: "\(error)")
    }
    let lexicon = configDirectory + "/lexicon/"
    let lexicons = EntityLexicons(
      givenNames: try WordList.load(lexicon + "given_names.txt"),
      personCues: try WordList.load(lexicon + "person_cues.txt"),
      reportingVerbs: try WordList.load(lexicon + "reporting_verbs.txt"),
      notNames: try WordList.load(lexicon + "not_names.txt"),
      surnameEndings: try WordList.load(lexicon + "surname_endings.txt"),
      placeCues: try WordList.load(lexicon + "place_cues.txt"),
      orgConnectors: try WordList.load(lexicon + "org_connectors.txt"),
      orgLeadingWords: try WordList.load(lexicon + "org_leading_words.txt"),
      orgTrailingWords: try WordList.load(lexicon + "org_trailing_words.txt"),
      commonNounEndings: try WordList.load(lexicon + "common_noun_endings.txt"),
      nameParticles: try WordList.load(lexicon + "name_particles.txt"),
      secondNameParticles: try WordList.load(lexicon + "second_name_particles.txt"),
      companyEndings: try WordList.load(lexicon + "company_endings.txt"),
      determiners: try WordList.load(lexicon + "determiners.txt"))
    return TransformResources(
      gazetteer: gazetteer, abbreviations: try WordList.load(lexicon + "abbreviations.txt"),
      lexicons: lexicons)
  }
}
