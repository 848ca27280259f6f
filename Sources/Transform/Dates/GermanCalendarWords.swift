/// The German (and a little English) calendar vocabulary, keyed by case-folded UTF-8 bytes.
///
/// This is grammar, not domain data: month and weekday names, numerals, units and the
/// function words the date rules key on.
enum GermanCalendarWords {
  /// A word of at most 24 bytes, case-folded, packed into three integers (no allocation).
  struct Key: Hashable, Sendable {
    var a: UInt64 = 0
    var b: UInt64 = 0
    var c: UInt64 = 0

    /// The empty key.
    init() {}

    /// Packs `bytes[start..<end]` folded to lower case; `nil` when longer than 24 bytes.
    /// - Complexity: O(end - start).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
      guard end - start <= 24 else { return nil }
      if let folded = Self.foldedASCIIWord(bytes, start, end) {
        a = folded
        return
      }
      var i = start
      var n = 0
      while i < end {
        var x = bytes[i]
        if x >= 0x41 && x <= 0x5A {
          x |= 0x20
        } else if x == 0xC3, i + 1 < end, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E,
          bytes[i + 1] != 0x97
        {
          // Latin-1 capitals Ä Ö Ü … fold to their small letters (second byte + 0x20).
          put(x, at: n)
          n += 1
          i += 1
          x = bytes[i] + 0x20
        }
        put(x, at: n)
        n += 1
        i += 1
      }
    }

    /// Packs an already lower-case table word.
    init(_ word: String) {
      let bytes = Array(word.utf8)
      precondition(bytes.count <= 24, "calendar word too long: \(word)")
      for (n, x) in bytes.enumerated() { put(x, at: n) }
    }

    /// `bytes[start..<end]` with A–Z lowered, packed as `put` packs it, when it is ASCII of at
    /// most 8 bytes with 8 bytes readable from `start` (most words): all bytes are folded at
    /// once, as eight 7-bit lanes that an addition cannot carry out of.
    @inline(__always)
    private static func foldedASCIIWord(
      _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> UInt64? {
      let length = end - start
      guard length > 0, length <= 8, start + 8 <= bytes.count else { return nil }
      let loaded = UnsafeRawBufferPointer(bytes).loadUnaligned(
        fromByteOffset: start, as: UInt64.self)
      let word = length == 8 ? loaded : loaded & ((1 << UInt64(length * 8)) - 1)
      let high: UInt64 = 0x8080_8080_8080_8080
      guard word & high == 0 else { return nil }
      // Bit 7 of a lane is set when the byte is at least `A`, and when it is past `Z`.
      let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
      let pastZ = word &+ 0x2525_2525_2525_2525
      return word | ((atLeastA & ~pastZ & high) >> 2)
    }

    /// Stores byte `x` at position `n` (0…23).
    private mutating func put(_ x: UInt8, at n: Int) {
      let shifted = UInt64(x) << UInt64((n & 7) * 8)
      switch n >> 3 {
      case 0: a |= shifted
      case 1: b |= shifted
      default: c |= shifted
      }
    }
  }

  /// The meaning of the word `bytes[start..<end]`, if it is calendar vocabulary.
  /// - Complexity: O(end - start).
  static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> CalendarWord?
  {
    pairFilter.withUnsafeBufferPointer { filter in
      lookup(bytes, start, end, filter: filter, probe: probe)
    }
  }

  /// `lookup(_:_:_:)` with `pairFilter` and `probe` fetched once by the caller, for a scan
  /// that looks up every word of a text.
  /// - Complexity: O(end - start).
  @inline(__always)
  static func lookup(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    filter: UnsafeBufferPointer<UInt32>, probe: ProbeTable
  ) -> CalendarWord? {
    let length = end - start
    guard length <= 24 else { return nil }
    // Most words fail this filter on their first two folded bytes and length, and skip
    // folding and the hash lookup.
    let pair = foldedPair(bytes, start, length)
    guard filter[filterSlot(pair)] & (1 << UInt32(length)) != 0, let key = Key(bytes, start, end)
    else {
      return nil
    }
    return probe.find(key)
  }

  /// The first two bytes of the word of `length` bytes at `start` as `Key` folds them, first
  /// byte high; a one-byte word's second byte is 0.
  @inline(__always)
  private static func foldedPair(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int
  ) -> UInt16 {
    let first = bytes[start]
    let second = length > 1 ? bytes[start + 1] : 0
    if first == 0xC3, second >= 0x80, second <= 0x9E, second != 0x97 {
      return 0xC300 | UInt16(second + 0x20)
    }
    return UInt16(foldedASCII(first)) << 8 | UInt16(foldedASCII(second))
  }

  /// The `pairFilter` slot of a folded pair: the low five bits of each byte, which keep a–z
  /// apart (other bytes share slots, which only lets more words through to the lookup).
  @inline(__always)
  private static func filterSlot(_ pair: UInt16) -> Int {
    Int((pair >> 8) & 0x1F) << 5 | Int(pair & 0x1F)
  }

  /// `byte` with A–Z lowered, as `Key` folds a byte that is not part of a Latin-1 capital.
  @inline(__always)
  private static func foldedASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// An open-addressing table with a multiplicative hash (no per-lookup hasher seeding).
  struct ProbeTable: Sendable {
    /// Slot count minus one (a power of two minus one).
    let mask: Int
    /// The keys, an all-zero key marking an empty slot.
    let keys: [Key]
    /// The meanings, parallel to `keys`.
    let values: [CalendarWord?]

    /// Builds the table from `entries` at a load factor of at most one quarter.
    init(_ entries: [Key: CalendarWord]) {
      var size = 16
      while size < entries.count * 4 { size *= 2 }
      mask = size - 1
      var k = [Key](repeating: Key(), count: size)
      var v = [CalendarWord?](repeating: nil, count: size)
      for (key, value) in entries {
        var i = ProbeTable.slot(key, mask)
        while v[i] != nil { i = (i + 1) & mask }
        k[i] = key
        v[i] = value
      }
      keys = k
      values = v
    }

    /// The home slot of `key`.
    @inline(__always) static func slot(_ key: Key, _ mask: Int) -> Int {
      let h = (key.a &* 0x9E37_79B9_7F4A_7C15) ^ (key.b &* 0xC2B2_AE3D_27D4_EB4F) ^ key.c
      return Int(truncatingIfNeeded: (h ^ (h >> 29)) &* 0x1656_67B1_9E37_79F9 >> 40) & mask
    }

    /// The meaning of `key`, if present.
    /// - Complexity: O(1) expected.
    @inline(__always) func find(_ key: Key) -> CalendarWord? {
      var i = ProbeTable.slot(key, mask)
      while let v = values[i] {
        if keys[i] == key { return v }
        i = (i + 1) & mask
      }
      return nil
    }
  }

  /// The vocabulary as a probe table.
  static let probe = ProbeTable(table)

  /// For each `filterSlot` of the first two folded bytes (the second 0 for a one-byte word),
  /// bit n set when a table word of n bytes starts with bytes of that slot: 1,024 slots, 4 KB,
  /// so that it stays in the first-level cache while every word of a text is looked up.
  static let pairFilter: [UInt32] = {
    var f = [UInt32](repeating: 0, count: 1 << 10)
    for key in table.keys {
      let bytes = withUnsafeBytes(of: (key.a.littleEndian, key.b.littleEndian, key.c.littleEndian))
      {
        Array($0.prefix { $0 != 0 })
      }
      guard let first = bytes.first else { continue }
      let pair = UInt16(first) << 8 | UInt16(bytes.count > 1 ? bytes[1] : 0)
      f[filterSlot(pair)] |= 1 << UInt32(bytes.count)
    }
    return f
  }()

  /// Days named `Tag` and a genitive, after `Tag` (folded), with their month and day.
  static let namedDays: [(words: [[UInt8]], month: Int, day: Int)] = [
    (["des", "sieges"], 5, 9), (["der", "deutschen", "einheit"], 10, 3),
  ].map { (words: $0.0.map { Array($0.utf8) }, month: $0.1, day: $0.2) }

  /// Lowercase words ending in `-te` that are adjectives or adverbs, not verbs (the ordinals,
  /// `letzte` and `nächste` are calendar words already).
  static let notPreterites: Set<[UInt8]> = Set(
    [
      "beste", "meiste", "größte", "höchste", "wichtigste", "jüngste", "neueste", "gute", "weite",
      "späte", "bitte",
    ].map { Array($0.utf8) })

  /// The vocabulary table.
  static let table: [Key: CalendarWord] = {
    var t: [Key: CalendarWord] = [:]
    func add(_ words: String, _ meaning: CalendarWord) {
      for w in words.split(separator: " ") { t[Key(String(w))] = meaning }
    }
    let months = [
      "januar jänner january", "februar feber february", "märz maerz march", "april",
      "mai may", "juni june", "juli july", "august", "september", "oktober october",
      "november", "dezember december",
    ]
    let abbreviations = [
      "jan jän", "feb febr", "mär mrz mar", "apr", "", "jun", "jul", "aug", "sep sept", "okt oct",
      "nov", "dez dec",
    ]
    for (i, names) in months.enumerated() {
      add(names, .month(i + 1))
      add(abbreviations[i], .monthAbbreviation(i + 1))
    }
    let weekdays = [
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]
    let dayParts = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"]
    for (i, name) in weekdays.enumerated() {
      add(name, .weekday(i + 1))
      add(name + "s", .weekdayAdverb(i + 1))
      for part in dayParts { add(name + part, .weekdayPart(i + 1)) }
    }
    add("sonnabend", .weekday(6))
    add("sonnabends", .weekdayAdverb(6))
    add("frühling frühlings frühjahr frühjahrs", .season(.spring))
    add("sommer sommers", .season(.summer))
    add("herbst herbstes herbsts", .season(.fall))
    add("winter winters", .season(.winter))
    add("weihnachten weihnachtsfest weihnachtstag", .holiday(.fixed(month: 12, day: 25)))
    add("heiligabend", .holiday(.fixed(month: 12, day: 24)))
    add("silvester", .holiday(.fixed(month: 12, day: 31)))
    add("neujahr neujahrstag", .holiday(.fixed(month: 1, day: 1)))
    add("ostern ostersonntag osterfest", .holiday(.easter(offset: 0)))
    add("karfreitag", .holiday(.easter(offset: -2)))
    add("ostermontag", .holiday(.easter(offset: 1)))
    add("pfingsten pfingstsonntag", .holiday(.easter(offset: 49)))
    add("pfingstmontag", .holiday(.easter(offset: 50)))
    add("orthodoxe orthodoxen orthodoxes", .marker(.orthodox))
    let cardinals = [
      "ein eine einen einem einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
      "acht", "neun", "zehn", "elf", "zwölf",
    ]
    for (i, w) in cardinals.enumerated() { add(w, .cardinal(i + 1)) }
    add("fünfzehn", .cardinal(15))
    add("zwanzig", .cardinal(20))
    add("dreißig", .cardinal(30))
    add("einigen einige mehreren mehrere paar wenigen wenige", .cardinal(0))
    let ordinals = [
      "erste ersten erster erstes", "zweite zweiten zweiter zweites",
      "dritte dritten dritter drittes", "vierte vierten vierter viertes",
      "fünfte fünften", "sechste sechsten", "siebte siebten", "achte achten", "neunte neunten",
      "zehnte zehnten", "elfte elften", "zwölfte zwölften",
    ]
    for (i, w) in ordinals.enumerated() { add(w, .ordinal(i + 1)) }
    add("neunzehnten neunzehnte", .ordinal(19))
    add("zwanzigsten zwanzigste", .ordinal(20))
    add("einundzwanzigsten einundzwanzigste", .ordinal(21))
    add("tag tages tags", .unit(.day, plural: false))
    add("tage tagen", .unit(.day, plural: true))
    add("woche", .unit(.week, plural: false))
    add("wochen", .unit(.week, plural: true))
    add("monat monats", .unit(.month, plural: false))
    add("monate monaten", .unit(.month, plural: true))
    add("quartal quartals", .unit(.quarter, plural: false))
    add("quartale quartalen", .unit(.quarter, plural: true))
    add("halbjahr halbjahres halbjahrs jahreshälfte", .unit(.half, plural: false))
    add("jahr jahres jahrs", .unit(.year, plural: false))
    add("jahre jahren", .unit(.year, plural: true))
    add("jahrzehnt jahrzehnts jahrzehntes", .unit(.decade, plural: false))
    add("jahrzehnte jahrzehnten", .unit(.decade, plural: true))
    add("jahrhundert jahrhunderts", .unit(.century, plural: false))
    add("jahrhunderte jahrhunderten", .unit(.century, plural: true))
    add("wochenende wochenendes", .weekend)
    add("vorjahr vorjahres vorjahrs", .previousUnit(.year))
    add("vormonat vormonats", .previousUnit(.month))
    add("vorwoche", .previousUnit(.week))
    add("jahresbeginn jahresanfang jahresanfangs", .unitPart(.year, .start))
    add("jahresmitte", .unitPart(.year, .mid))
    add("jahresende jahresendes", .unitPart(.year, .end))
    add("monatsbeginn monatsanfang", .unitPart(.month, .start))
    add("monatsmitte", .unitPart(.month, .mid))
    add("monatsende monatsendes", .unitPart(.month, .end))
    add("wochenbeginn wochenanfang", .unitPart(.week, .start))
    add("wochenmitte", .unitPart(.week, .mid))
    add("heute", .deictic(0))
    add("gestern", .deictic(-1))
    add("vorgestern", .deictic(-2))
    add("morgen", .deictic(1))
    add("übermorgen", .deictic(2))
    add("früh vormittag mittag nachmittag abend nacht", .dayTime)
    let decades = [
      "zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger", "achtziger",
      "neunziger",
    ]
    for (i, w) in decades.enumerated() {
      add(w, .decadeWord(i + 2, withUnit: false))
      add(w + "jahre " + w + "jahren", .decadeWord(i + 2, withUnit: true))
    }
    add("derzeit zurzeit gegenwärtig momentan heutzutage aktuell", .reference(.present))
    add("damals einst kürzlich jüngst neulich", .reference(.past))
    add("künftig zukünftig demnächst", .reference(.future))
    add("tagelang", .vagueDuration(.day))
    add("wochenlang", .vagueDuration(.week))
    add("monatelang", .vagueDuration(.month))
    add("jahrelang", .vagueDuration(.year))
    add("jahrzehntelang", .vagueDuration(.decade))
    add("täglich", .frequency(.day))
    add("wöchentlich", .frequency(.week))
    add("monatlich", .frequency(.month))
    add("jährlich alljährlich", .frequency(.year))
    let markers: [(String, DateMarker)] = [
      ("am", .am), ("im", .im), ("in", .in), ("an", .an), ("seit", .seit), ("bis", .bis),
      ("ab", .ab), ("vom", .vom), ("von", .von), ("zum", .zum), ("zur", .zur), ("zu", .zu),
      ("um", .um), ("gegen", .gegen), ("zwischen", .zwischen), ("und", .und), ("vor", .vor),
      ("nach", .nach), ("für", .fuer), ("innerhalb", .innerhalb), ("noch", .noch),
      ("der die das dem den", .article), ("des", .des),
      ("dieses diesem dieser diese diesen laufenden laufendes laufende", .this),
      ("letzten letzte letzter letztes vergangenen vergangene vergangener vergangenes", .last),
      ("vorigen vorige voriger voriges", .last),
      ("nächsten nächste nächster nächstes kommenden kommende kommender kommendes", .next),
      ("anfang anfangs beginn", .begin), ("mitte", .middle), ("ende endes", .finish),
      ("lang lange", .long), ("jeden jede jedes jeder", .every), ("alle", .all),
      ("halbes halben halbe", .half), ("eineinhalb anderthalb", .oneAndHalf),
      ("hälfte", .halfNoun), ("q", .quarterLetter), ("er ern", .decadeSuffix),
      ("mehr über", .more), ("weniger", .less), ("als", .than),
      ("fast knapp beinahe", .almost), ("etwa rund circa ca", .about),
      (
        "nr nummer no flight flug paragraf paragraph artikel seite kapitel zimmer raum linie "
          + "bus tel telefon fax plz modell typ version gleis abs absatz az aktenzeichen route "
          + "resolution punkte punkten insgesamt mindestens höchstens je pro weitere weiteren "
          + "su tu mig boeing airbus iphone", .numberBlocker
      ),
      (
        "km kg m t mio mrd mal cm mm ha qm euro dollar rubel hrywnja franken pfund prozent "
          + "kilometer meter tonnen menschen soldaten personen einwohner stück stunden minuten "
          + "sekunden mann leute kinder tote toten verletzte opfer häftlinge gefangene panzer "
          + "raketen drohnen flugzeuge fahrzeuge dollars", .quantityNoun
      ),
      (
        "wird werden wirst soll sollen will wollen plant planen geplant geplante geplanten "
          + "bevorstehenden bevorstehende voraussichtlich werde wolle solle könnte könnten",
        .futureCue
      ),
      (
        "war waren wurde wurden hatte hatten hat sagte sagten erklärte erklärten teilte "
          + "teilten kam kamen gab fand fanden traf trafen begann begannen berichtete meldete "
          + "führte unterzeichnete besuchte kündigte warnte forderte betonte habe hätte hätten",
        .pastCue
      ),
      ("zukunft", .future), ("vergangenheit", .past),
    ]
    for (words, m) in markers { add(words, .marker(m)) }
    return t
  }()
}
