/// Invented names from syllables and regional endings (`Karlienko`, `Dorasow`, `Mirtajan`), so
/// that the benchmark corpus keeps meeting new surnames as it grows, as real news does.
///
/// Two or three syllables from 40 and one of 16 endings give about a million surnames.
enum SyntheticName {
  /// Syllables the names are built from (ASCII, lowercase).
  private static let syllables: [[UInt8]] = [
    "ka", "ro", "mi", "le", "wa", "schu", "bor", "das", "ni", "ta", "gor", "sa", "pe", "tro", "lu",
    "zar", "ba", "dim", "ko", "ras", "wen", "ti", "mar", "jas", "sel", "ru", "dan", "go", "lin",
    "tsche", "fe", "dor", "ja", "ku", "nes", "ol", "sta", "wi", "ber", "mu",
  ].map { Array($0.utf8) }

  /// Surname endings of the region: Russian, Ukrainian, Armenian, Polish, Georgian, Central Asian.
  private static let surnameEndings: [[UInt8]] = [
    "ow", "ew", "owa", "enko", "jan", "ski", "ska", "uk", "ijew", "adze", "schwili", "bajew",
    "in", "ak", "ek", "ajew",
  ].map { Array($0.utf8) }

  /// Endings of invented given names.
  private static let givenEndings: [[UInt8]] = [
    "a", "an", "ij", "or", "ek", "im", "ina", "at", "ir", "el",
  ].map { Array($0.utf8) }

  /// A surname of two or three syllables and a regional ending, capitalized.
  static func surname(using random: inout SplitMix64) -> [UInt8] {
    var name = random.pick(syllables) + random.pick(syllables)
    if random.chance(50) { name += random.pick(syllables) }
    return capitalized(name + random.pick(surnameEndings))
  }

  /// A given name of one or two syllables and an ending, capitalized.
  static func givenName(using random: inout SplitMix64) -> [UInt8] {
    var name = random.pick(syllables)
    if random.chance(50) { name += random.pick(syllables) }
    return capitalized(name + random.pick(givenEndings))
  }

  private static func capitalized(_ name: [UInt8]) -> [UInt8] {
    var name = name
    name[0] -= 0x20
    return name
  }
}
