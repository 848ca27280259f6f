import Testing

@testable import Transform

@Suite("DateTagger: dates relative to the document date")
struct DateTaggerRelativeTests {
  // The default document date 2025-07-04 is a Friday in ISO week 2025-W27.
  static let resolved: [DateCase] = [
    // A weak verb's past tense in -te right after a date that opens the sentence (no word of the
    // tense lists) reads as past; a participle after a date inside the sentence or before a
    // noun, an ordinal, or a verb in -ten (infinitive or present as often as past) does not, and
    // the closest 5 September is the coming one.
    // The night before a day is dated by the day, and the whole phrase is the date.
    DateCase(
      "In der Nacht auf Mittwoch gab es Alarm.", "In der Nacht auf Mittwoch",
      "2025-07-02 _ day date 2025-07-02 2025-07-02"),
    DateCase(
      "Seit der Nacht zum Mittwoch wird gekämpft.", "Seit der Nacht zum Mittwoch",
      "2025-07-02 ON_OR_AFTER day date 2025-07-02 2025-07-02"),
    // Reported speech with `wolle` or `werde` points ahead whatever the tense of the verb of
    // saying; with `habe` it points back.
    DateCase(
      "Ein Sprecher sagte, man wolle bis zum Herbst liefern.", "bis zum Herbst",
      "2025-FA ON_OR_BEFORE season date 2025-09-01 2025-11-30"),
    // An article before `Ende` without a preposition belongs to a noun.
    DateCase(
      "Man habe im September verhandelt und werde prüfen.", "im September",
      "2024-09 _ month date 2024-09-01 2024-09-30"),
    DateCase(
      "Der Ende August geplante Gipfel fällt aus.", "Ende August",
      "2025-08 END month date 2025-08-21 2025-08-31"),
    // An article before `heute` belongs to a noun or is a pronoun, not to the date.
    DateCase(
      "Der heute veröffentlichte Bericht warnt.", "heute",
      "2025-07-04 _ day date 2025-07-04 2025-07-04"),
    DateCase(
      "Am 5. September tagte der Rat.", "Am 5. September",
      "2024-09-05 _ day date 2024-09-05 2024-09-05"),
    DateCase(
      "Ab 5. September erhöhte Preise treffen Pendler.", "Ab 5. September",
      "2025-09-05 ON_OR_AFTER day date 2025-09-05 2025-09-05"),
    DateCase(
      "Die für den 5. September angesetzte Sitzung fällt aus.", "für den 5. September",
      "2025-09-05 _ day date 2025-09-05 2025-09-05"),
    DateCase(
      "Am 5. September erste Gespräche.", "Am 5. September",
      "2025-09-05 _ day date 2025-09-05 2025-09-05"),
    DateCase(
      "Am 5. September gelten neue Regeln.", "Am 5. September",
      "2025-09-05 _ day date 2025-09-05 2025-09-05"),
    DateCase(
      "Moskau, 27. Nov – Die Regierung tagte.", "27. Nov",
      "2022-11-27 _ day date 2022-11-27 2022-11-27", dct: "2022-11-27"),
    DateCase(
      "Putin traf am Donnerstag den Präsidenten.", "am Donnerstag",
      "2025-07-03 _ day date 2025-07-03 2025-07-03"),
    DateCase(
      "Am Mittwoch hatte die Regierung getagt.", "Am Mittwoch",
      "2022-11-23 _ day date 2022-11-23 2022-11-23", dct: "2022-11-27"),
    DateCase(
      "Die Wahl fand am Sonntag statt.", "am Sonntag",
      "2022-11-27 _ day date 2022-11-27 2022-11-27", dct: "2022-11-27"),
    DateCase(
      "Am Freitag demonstrierten Tausende.", "Am Freitag",
      "2025-07-04 _ day date 2025-07-04 2025-07-04"),
    DateCase(
      "Am kommenden Montag wird abgestimmt.", "Am kommenden Montag",
      "2025-07-07 _ day date 2025-07-07 2025-07-07"),
    DateCase(
      "Am Montag wird das Parlament abstimmen.", "Am Montag",
      "2025-07-07 _ day date 2025-07-07 2025-07-07"),
    DateCase(
      "Am vergangenen Freitag kam es zu Protesten.", "Am vergangenen Freitag",
      "2025-06-27 _ day date 2025-06-27 2025-06-27"),
    DateCase(
      "Am nächsten Freitag beginnt der Gipfel.", "Am nächsten Freitag",
      "2025-07-11 _ day date 2025-07-11 2025-07-11"),
    DateCase(
      "Donnerstagabend meldete die Agentur neue Angriffe.", "Donnerstagabend",
      "2025-07-03 _ day date 2025-07-03 2025-07-03"),
    DateCase(
      "In der Nacht zum Dienstag brannte ein Depot.", "In der Nacht zum Dienstag",
      "2025-07-01 _ day date 2025-07-01 2025-07-01"),
    DateCase(
      "Am Mittwoch begann das Jahr.", "Am Mittwoch", "2025-01-01 _ day date 2025-01-01 2025-01-01",
      dct: "2025-01-01"),
    DateCase(
      "Gestern sprach der Minister.", "Gestern", "2025-07-03 _ day date 2025-07-03 2025-07-03"),
    DateCase("Heute beginnt der Gipfel.", "Heute", "2025-07-04 _ day date 2025-07-04 2025-07-04"),
    DateCase(
      "Die Explosion ereignete sich vorgestern.", "vorgestern",
      "2025-07-02 _ day date 2025-07-02 2025-07-02"),
    DateCase("Der Gipfel beginnt morgen.", "morgen", "2025-07-05 _ day date 2025-07-05 2025-07-05"),
    DateCase(
      "Die Delegation reist übermorgen ab.", "übermorgen",
      "2025-07-06 _ day date 2025-07-06 2025-07-06"),
    DateCase(
      "Die Polizei griff gestern Abend ein.", "gestern Abend",
      "2025-07-03 _ day date 2025-07-03 2025-07-03"),
    DateCase(
      "Heute Morgen fielen Schüsse.", "Heute Morgen", "2025-07-04 _ day date 2025-07-04 2025-07-04"
    ),
    DateCase(
      "Am 20. Mai kam es zu Protesten.", "Am 20. Mai", "2025-05-20 _ day date 2025-05-20 2025-05-20"
    ),
    DateCase(
      "Die Frist lief am 30. April ab.", "am 30. April",
      "2025-04-30 _ day date 2025-04-30 2025-04-30"),
    DateCase(
      "Schoigu führte am 7. November Gespräche.", "am 7. November",
      "2023-11-07 _ day date 2023-11-07 2023-11-07", dct: "2023-11-08"),
    DateCase(
      "Am 2. Januar beginnt die Sitzung.", "Am 2. Januar",
      "2025-01-02 _ day date 2025-01-02 2025-01-02", dct: "2024-12-30"),
    DateCase(
      "Am 2. Januar hatte die Sitzung begonnen.", "Am 2. Januar",
      "2024-01-02 _ day date 2024-01-02 2024-01-02", dct: "2024-12-30"),
    DateCase(
      "Am 15. Dezember begann der Streik.", "Am 15. Dezember",
      "2024-12-15 _ day date 2024-12-15 2024-12-15", dct: "2025-01-10"),
    DateCase(
      "Am 29. Februar wurde gewählt.", "Am 29. Februar",
      "2024-02-29 _ day date 2024-02-29 2024-02-29"),
    DateCase(
      "Die Waffenruhe gilt seit dem 3.7. um Mitternacht.", "seit dem 3.7.",
      "2025-07-03 ON_OR_AFTER day date 2025-07-03 2025-07-03"),
    DateCase(
      "Im Januar stieg die Inflation.", "Im Januar", "2025-01 _ month date 2025-01-01 2025-01-31"),
    DateCase(
      "Im Juli stieg die Inflation.", "Im Juli", "2025-07 _ month date 2025-07-01 2025-07-31"),
    DateCase(
      "Im Dezember fielen die Preise.", "Im Dezember",
      "2024-12 _ month date 2024-12-01 2024-12-31", dct: "2025-01-15"),
    DateCase(
      "Im Dezember soll gewählt werden.", "Im Dezember",
      "2025-12 _ month date 2025-12-01 2025-12-31", dct: "2025-01-15"),
    DateCase(
      "Im kommenden Juli endet das Mandat.", "Im kommenden Juli",
      "2026-07 _ month date 2026-07-01 2026-07-31"),
    DateCase(
      "Im Mai letzten Jahres begann der Bau.", "Im Mai letzten Jahres",
      "2024-05 _ month date 2024-05-01 2024-05-31"),
    DateCase(
      "Im März dieses Jahres begann der Bau.", "Im März dieses Jahres",
      "2025-03 _ month date 2025-03-01 2025-03-31"),
    DateCase(
      "In diesem Jahr wuchs die Wirtschaft.", "In diesem Jahr",
      "2025 _ year date 2025-01-01 2025-12-31"),
    DateCase(
      "Die Exporte letzten Jahres sanken.", "letzten Jahres",
      "2024 _ year date 2024-01-01 2024-12-31"),
    DateCase(
      "Im vergangenen Jahr sank die Zahl.", "Im vergangenen Jahr",
      "2024 _ year date 2024-01-01 2024-12-31"),
    DateCase(
      "Nächstes Jahr soll gebaut werden.", "Nächstes Jahr",
      "2026 _ year date 2026-01-01 2026-12-31"),
    DateCase(
      "Im Vorjahr lag der Wert höher.", "Im Vorjahr", "2024 _ year date 2024-01-01 2024-12-31"),
    DateCase(
      "Im kommenden Monat tagt der Rat.", "Im kommenden Monat",
      "2025-08 _ month date 2025-08-01 2025-08-31"),
    DateCase(
      "Die Zahl stieg im letzten Monat.", "im letzten Monat",
      "2025-06 _ month date 2025-06-01 2025-06-30"),
    DateCase(
      "Im nächsten Quartal sinken die Preise.", "Im nächsten Quartal",
      "2025-Q4 _ quarter date 2025-10-01 2025-12-31"),
    DateCase(
      "Vergangene Woche kam es zu Kämpfen.", "Vergangene Woche",
      "2025-W26 _ week date 2025-06-23 2025-06-29"),
    DateCase(
      "Vergangene Woche wurde gewählt.", "Vergangene Woche",
      "2024-W52 _ week date 2024-12-23 2024-12-29", dct: "2025-01-01"),
    DateCase(
      "Vergangene Woche begann die Impfung.", "Vergangene Woche",
      "2020-W53 _ week date 2020-12-28 2021-01-03", dct: "2021-01-06"),
    DateCase(
      "Diese Woche tagt der Rat.", "Diese Woche", "2025-W27 _ week date 2025-06-30 2025-07-06"),
    DateCase(
      "In der kommenden Woche reist er ab.", "In der kommenden Woche",
      "2025-W28 _ week date 2025-07-07 2025-07-13"),
    DateCase(
      "Am Wochenende kam es zu Protesten.", "Am Wochenende",
      "2025-W26-WE _ week date 2025-06-28 2025-06-29"),
    DateCase(
      "Am Wochenende kam es zu Protesten.", "Am Wochenende",
      "2025-W27-WE _ week date 2025-07-05 2025-07-06", dct: "2025-07-06"),
    DateCase(
      "Vor zwei Wochen begann der Streik.", "Vor zwei Wochen",
      "2025-W25 _ week date 2025-06-16 2025-06-22"),
    DateCase(
      "In drei Tagen beginnt der Gipfel.", "In drei Tagen",
      "2025-07-07 _ day date 2025-07-07 2025-07-07"),
    DateCase(
      "Vor drei Jahren wurde er gewählt.", "Vor drei Jahren",
      "2022 _ year date 2022-01-01 2022-12-31"),
    DateCase(
      "Vor einem Monat kam er zurück.", "Vor einem Monat",
      "2025-06 _ month date 2025-06-01 2025-06-30"),
    DateCase(
      "Zu Jahresbeginn stiegen die Preise.", "Zu Jahresbeginn",
      "2025 START year date 2025-01-01 2025-04-30"),
    DateCase(
      "Zu Jahresbeginn stiegen die Preise.", "Zu Jahresbeginn",
      "2022 START year date 2022-01-01 2022-04-30", dct: "2022-11-27"),
  ]

  @Test("resolved against the document date", arguments: resolved)
  func resolvedDates(_ c: DateCase) throws {
    try checkDate(c, anchor: "document_date")
  }

  static let unresolved: [DateCase] = [
    DateCase(
      "Am 20. Mai kam es zu Protesten.", "Am 20. Mai", "XXXX-05-20 _ day date _ _", dct: nil),
    DateCase(
      "Am Donnerstag tagte der Rat.", "Am Donnerstag", "XXXX-WXX-4 _ day date _ _", dct: nil),
    DateCase(
      "Im vergangenen Jahr sank die Zahl.", "Im vergangenen Jahr", "XXXX _ year date _ _",
      dct: nil),
    DateCase("Gestern sprach der Minister.", "Gestern", "XXXX-XX-XX _ day date _ _", dct: nil),
    DateCase("Im Januar stieg die Inflation.", "Im Januar", "XXXX-01 _ month date _ _", dct: nil),
    DateCase(
      "Vergangene Woche wurde gewählt.", "Vergangene Woche", "XXXX-WXX _ week date _ _", dct: nil),
    DateCase("Im Herbst wird gewählt.", "Im Herbst", "XXXX-FA _ season date _ _", dct: nil),
    DateCase(
      "Ende letzten Jahres stiegen die Preise.", "Ende letzten Jahres", "XXXX END year date _ _",
      dct: nil),
  ]

  @Test("without a document date the unknown parts stay unknown", arguments: unresolved)
  func unresolvedDates(_ c: DateCase) throws {
    try checkDate(c, anchor: "none")
  }
}
