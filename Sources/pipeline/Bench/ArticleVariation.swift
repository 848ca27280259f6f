/// The choices that make one generated article differ from the samples it is built from: its
/// random stream, how far its years are shifted and which persons it names instead of the
/// samples' persons.
///
/// A person is replaced (or kept) once per article, so a replaced surname taken alone later in
/// the article names the same invented person.
struct ArticleVariation {
  /// A given name and a surname written instead of a sample person's.
  struct Person: Sendable, Equatable {
    /// The given name.
    var given: [UInt8]
    /// The surname.
    var surname: [UInt8]
  }

  /// The article's random stream.
  var random: SplitMix64
  /// Years in the article are moved by this many years (-6 through +2).
  let yearShift: Int
  /// Given names to choose from when a person is replaced, besides invented ones.
  private let givenNames: [[UInt8]]
  /// The decision per sample surname: a replacement, or `nil` to keep the sample's person.
  private var people: [[UInt8]: Person?] = [:]

  /// Percent of sample persons replaced by invented ones.
  static let replacedPercent = 60

  /// Starts the choices for one article from its own random stream.
  init(random: SplitMix64, givenNames: [[UInt8]]) {
    self.random = random
    self.givenNames = givenNames
    yearShift = self.random.below(9) - 6
  }

  /// The invented person written instead of the sample person with `surname`, or `nil` when this
  /// article keeps the sample's person.
  mutating func replacement(forSurname surname: [UInt8]) -> Person? {
    if let decided = people[surname] { return decided }
    var person: Person?
    if random.chance(Self.replacedPercent) {
      let given =
        random.chance(60) ? random.pick(givenNames) : SyntheticName.givenName(using: &random)
      person = Person(given: given, surname: SyntheticName.surname(using: &random))
    }
    people[surname] = person
    return person
  }

  /// A person invented for this article (photo credits and the like).
  mutating func inventedPerson() -> Person {
    let given =
      random.chance(60) ? random.pick(givenNames) : SyntheticName.givenName(using: &random)
    return Person(given: given, surname: SyntheticName.surname(using: &random))
  }
}
