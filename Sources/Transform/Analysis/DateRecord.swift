/// A date expression as the `dates` table writes it: code-point offsets, surface text, sentence.
package struct DateRecord: Sendable, Equatable {
  /// The 0-based sentence index in the document.
  package var sentence: Int
  /// The code-point offset of the first character.
  package var start: Int
  /// The code-point offset one past the last character.
  package var end: Int
  /// The text between `start` and `end`.
  package var surface: String
  /// The tagged date.
  package var date: DateMention

  /// Creates a record.
  package init(sentence: Int, start: Int, end: Int, surface: String, date: DateMention) {
    self.sentence = sentence
    self.start = start
    self.end = end
    self.surface = surface
    self.date = date
  }
}
