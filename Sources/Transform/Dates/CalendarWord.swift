/// What a word means to the date grammar (looked up once per word token).
enum CalendarWord: Sendable, Equatable {
  /// A full month name, 1…12 (`März`, `Jänner`, `December`).
  case month(Int)
  /// A month abbreviation that may take a dot (`Nov`, `Febr`, `Sept`).
  case monthAbbreviation(Int)
  /// A weekday, ISO 1 = Monday … 7 = Sunday.
  case weekday(Int)
  /// A weekday joined with a part of the day (`Donnerstagabend`).
  case weekdayPart(Int)
  /// An adverb for every such weekday (`montags`).
  case weekdayAdverb(Int)
  /// A season word.
  case season(DatePeriod.Season)
  /// A cardinal number word (`drei`, `einem`); 0 means a vague amount (`einigen`, `paar`).
  case cardinal(Int)
  /// An ordinal number word (`dritten`).
  case ordinal(Int)
  /// A calendar unit word; `plural` for forms such as `Jahren`.
  case unit(DatePeriod.Granularity, plural: Bool)
  /// `Wochenende`.
  case weekend
  /// The unit before the current one (`Vorjahr`, `Vormonat`, `Vorwoche`).
  case previousUnit(DatePeriod.Granularity)
  /// A part of the current unit (`Jahresbeginn`, `Monatsende`).
  case unitPart(DatePeriod.Granularity, DateMod)
  /// A day relative to the document date (`gestern` = -1).
  case deictic(Int)
  /// A part of the day that may follow a day word (`Abend`, `früh`).
  case dayTime
  /// A decade word; 9 = the 1990s (`neunziger`), `withUnit` for `Neunzigerjahren`.
  case decadeWord(Int, withUnit: Bool)
  /// A vague temporal reference (`derzeit` → `PRESENT_REF`).
  case reference(DateReference)
  /// A vague duration (`jahrelang` → unit year).
  case vagueDuration(DatePeriod.Granularity)
  /// A frequency adverb (`täglich` → unit day).
  case frequency(DatePeriod.Granularity)
  /// A holiday (`Weihnachten`, `Silvester`, `Ostern`).
  case holiday(Holiday)
  /// A function word the grammar keys on.
  case marker(DateMarker)
}

/// A holiday the date grammar knows: on a fixed day of the year, or a number of days after
/// Easter Sunday.
enum Holiday: Sendable, Equatable {
  /// A fixed day (`Weihnachten` 25 December, `Silvester` 31 December).
  case fixed(month: Int, day: Int)
  /// Easter Sunday plus `offset` days (`Karfreitag` −2, `Pfingsten` 49).
  case easter(offset: Int)
}

/// A vague temporal reference; the raw value is the TIMEX3 value.
enum DateReference: String, Sendable {
  case past = "PAST_REF"
  case present = "PRESENT_REF"
  case future = "FUTURE_REF"
}

/// Function words and cue words of the date grammar.
enum DateMarker: Sendable, Equatable {
  case am, im, `in`, an, seit, bis, ab, vom, von, zum, zur, zu, um, gegen, zwischen, und
  case vor, nach, fuer, innerhalb, noch
  /// `der`, `die`, `das`, `dem`, `den`.
  case article
  /// `des` (genitive: `des Jahres` is the current year).
  case des
  /// `dieses`, `diesem`, `laufenden`, …
  case this
  /// `letzten`, `vergangenen`, `vorigen`, …
  case last
  /// `nächsten`, `kommenden`, …
  case next
  /// `Anfang`, `Beginn`, `Anfangs`.
  case begin
  /// `Mitte`.
  case middle
  /// `Ende`, `Endes`.
  case finish
  /// `lang`, `lange`.
  case long
  /// `jeden`, `jede`, `jedes`.
  case every
  /// `alle` (as in `alle zwei Wochen`).
  case all
  /// `halbes`, `halben`.
  case half
  /// `eineinhalb`, `anderthalb`.
  case oneAndHalf
  /// `Hälfte`.
  case halfNoun
  /// `Q` as in `Q3`.
  case quarterLetter
  /// `Jahrhundert` is a unit; `er`/`ern` as in `1990er`.
  case decadeSuffix
  /// `mehr`, `über`: more than.
  case more
  /// `weniger`: less than.
  case less
  /// `als`.
  case than
  /// `fast`, `knapp`, `beinahe`: almost.
  case almost
  /// `etwa`, `rund`, `circa`, `ca`: about.
  case about
  /// A word that makes a following number a quantity or code (`Nr`, `Flight`, `insgesamt`).
  case numberBlocker
  /// A unit or noun that makes a preceding number a quantity (`km`, `Euro`, `Prozent`).
  case quantityNoun
  /// A verb form that signals future reference (`wird`, `soll`, `plant`).
  case futureCue
  /// A verb form that signals past reference (`war`, `wurde`, `hatte`, `sagte`).
  case pastCue
  /// `Zukunft`.
  case future
  /// `Vergangenheit`.
  case past
  /// `orthodoxe`, `orthodoxen`: before a holiday, its date in the Orthodox churches' (Julian)
  /// calendar.
  case orthodox
}
