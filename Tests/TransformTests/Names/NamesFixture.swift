import Transform

/// A small hand-written gazetteer for the name tests (independent of `config/gazetteer`).
enum NamesFixture {
  /// The fixture entries; names chosen to exercise shared surnames, female forms and
  /// transliteration variants.
  static let entries: [Gazetteer.Entry] = [
    person("vladimir_putin", "Vladimir Putin", "Wladimir Putin", ["Putin"]),
    // Only the English full name: the German forms must come from the variant key.
    person("nikol_pashinyan", "Nikol Pashinyan", "", []),
    person("nikolai_patrushev", "Nikolai Patrushev", "Nikolai Patruschew", []),
    person("dmitry_patrushev", "Dmitry Patrushev", "Dmitri Patruschew", []),
    person("maria_zakharova", "Maria Zakharova", "Maria Sacharowa", []),
    person("andrei_sakharov", "Andrei Sakharov", "Andrei Sacharow", []),
    person("sergei_lavrov", "Sergei Lavrov", "Sergej Lawrow", []),
    person("ilham_aliyev", "Ilham Aliyev", "Ilham Alijew", []),
    person("heydar_aliyev", "Heydar Aliyev", "Heydar Alijew", []),
    person("serzh_sargsyan", "Serzh Sargsyan", "Sersch Sargsjan", []),
    person("armen_sarkissian", "Armen Sarkissian", "Armen Sarkissjan", []),
    person("kassym_jomart_tokayev", "Kassym-Jomart Tokayev", "Kassym-Schomart Tokajew", []),
    person("volodymyr_zelensky", "Volodymyr Zelensky", "Wolodymyr Selenskyj", ["Selenskyj"]),
    person("sadyr_japarov", "Sadyr Japarov", "Sadyr Dschaparow", []),
    person("ivan_petrov_hockey", "Ivan Petrov", "Iwan Petrow", []),
    person("ivan_petrov_singer", "Ivan Petroff", "", []),
    Gazetteer.Entry(
      id: "csto", type: .organization, kind: "intergovernmental",
      canonicalName: "Collective Security Treaty Organization",
      germanName: "Organisation des Vertrags über kollektive Sicherheit",
      aliases: ["OVKS", "CSTO", "ODKB", "Kollektivvertragsorganisation"]),
    Gazetteer.Entry(
      id: "kremlin", type: .organization, kind: "government", canonicalName: "Kremlin",
      germanName: "Kreml"),
    Gazetteer.Entry(
      id: "european_union", type: .organization, kind: "intergovernmental",
      canonicalName: "European Union", germanName: "Europäische Union", aliases: ["EU"]),
    Gazetteer.Entry(
      id: "kirov_plant", type: .organization, kind: "company", canonicalName: "Kirov Plant",
      aliases: ["Kiroff"]),
    place("kirov", "Kirov", "Kirow", [], kind: "city"),
    place("russia", "Russia", "Russland", ["Russische Föderation", "Russian Federation"]),
    place("belarus", "Belarus", "Belarus", ["Weißrussland", "Weissrussland"]),
    place("kyiv", "Kyiv", "Kiew", ["Kyjiw", "Kiev"], kind: "city"),
    place("moscow", "Moscow", "Moskau", [], kind: "city"),
    place("yerevan", "Yerevan", "Jerewan", ["Eriwan"], kind: "city"),
    place("kyrgyzstan", "Kyrgyzstan", "Kirgisistan", ["Kirgistan", "Kirgisien"]),
    place(
      "karabakh", "Nagorno-Karabakh", "Bergkarabach", ["Karabach", "Karabakh"], kind: "region"),
    place("kharkiv", "Kharkiv", "Charkiw", [], kind: "city"),
    place("zaporizhzhia", "Zaporizhzhia", "Saporischschja", [], kind: "city"),
    place("iran", "Iran", "Iran", []),
    place("iraq", "Iraq", "Irak", []),
    place("mali", "Mali", "Mali", []),
  ]

  /// The fixture gazetteer.
  static let gazetteer = try! Gazetteer(entries: entries)

  /// A resolver over the fixture gazetteer.
  static let resolver = NameResolver(gazetteer: gazetteer)

  /// A person entry.
  static func person(_ id: String, _ name: String, _ german: String, _ aliases: [String])
    -> Gazetteer.Entry
  {
    Gazetteer.Entry(
      id: id, type: .person, kind: "person", canonicalName: name, germanName: german,
      aliases: aliases)
  }

  /// A place entry.
  static func place(
    _ id: String, _ name: String, _ german: String, _ aliases: [String], kind: String = "country"
  ) -> Gazetteer.Entry {
    Gazetteer.Entry(
      id: id, type: .location, kind: kind, canonicalName: name, germanName: german,
      aliases: aliases)
  }
}
