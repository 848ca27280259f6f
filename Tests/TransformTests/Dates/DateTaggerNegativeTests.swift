import Testing

@testable import Transform

@Suite("DateTagger: numbers and names that are no dates")
struct DateTaggerNegativeTests {
  @Test(
    "no mention",
    arguments: [
      "Insgesamt 11.000 Soldaten wurden verlegt.",
      "Die Armee verlegte 11.000 Soldaten.",
      "Die Partei erhielt 38 von 67 Sitzen.",
      "Flight 8243 stürzte ab.",
      "Die Maschine mit der Nummer 2021 landete.",
      "Die Strecke ist 1500 Kilometer lang.",
      "Paragraf 2021 regelt das.",
      "Rufen Sie 030 2023 4567 an.",
      "Seine Nummer lautet 0171 1994 2345.",
      "Das Spiel endete 3:1.",
      "Das Spiel endete 2020:2019.",
      "Mai Thi Nguyen sprach zuerst.",
      "Der Mann namens August Müller kam.",
      "Es kamen 2000 Menschen.",
      "1993 Soldaten waren dort stationiert.",
      "Er zahlte 1999 Euro.",
      "Die Tabelle zeigt 1.993 Fälle.",
      "Der Wert stieg um 2,5 Prozent.",
      "Um 14:30 Uhr begann die Sitzung.",
      "Die Temperatur lag bei 20 Grad.",
      "Er hat 2019 Stimmen erhalten.",
      "Die Sitzung steht auf Seite 2022 im Protokoll.",
      "Mehr als 2000 Häuser wurden zerstört.",
      "Rund 1950 Familien flohen.",
      "Die Quote lag bei 20,2020 Prozent.",
      "Die Kosten betragen 2.020 Euro.",
      "Der Export stieg um 2015 Tonnen.",
      "Jan Böhmermann moderierte.",
    ])
  func noMention(text: String) {
    let mentions = tagDates(text, dct: "2025-07-04")
    #expect(mentions.isEmpty, "\(mentions.map { dateSurface(of: $0, in: text) })")
  }

  @Test("mentions never overlap and are sorted")
  func sortedWithoutOverlap() {
    let text =
      "Am 3. Mai 2024, am Donnerstag, vom 3. bis 5. Mai und seit 2014 sowie im Herbst im "
      + "vergangenen Jahr und Anfang der 1990er-Jahre."
    let mentions = tagDates(text, dct: "2025-07-04")
    #expect(mentions.count == 7)
    for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.end <= b.start) }
  }
}
