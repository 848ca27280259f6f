import Extract
import Transform

/// The counts of one surface of one entity over the run, for `variants`.
struct SurfaceCounts: Equatable {
  /// The surface as written.
  var text: String
  /// Mentions with this surface.
  var count = 0
  /// Documents with this surface.
  var documents = 0
  /// Mentions per `how`.
  var hows = CaseCounts<MatchMethod>()
  /// Mentions per `method`.
  var methods = CaseCounts<MentionMethod>()

  /// Adds counts of this surface: one document's, or a whole earlier part of the run's.
  /// - Complexity: O(1).
  mutating func add(
    count: Int, documents: Int, hows: CaseCounts<MatchMethod>, methods: CaseCounts<MentionMethod>
  ) {
    self.count += count
    self.documents += documents
    self.hows.add(hows)
    self.methods.add(methods)
  }

  /// The most frequent how; ties in byte order.
  var topHow: String { hows.top?.rawValue ?? "" }
  /// The most frequent method; ties in byte order.
  var topMethod: String { methods.top?.rawValue ?? "" }

  /// Values by count, most first; ties in byte order.
  static func ranked(_ counts: [(value: String, count: Int)]) -> [String] {
    counts.sorted {
      $0.count != $1.count
        ? $0.count > $1.count : UTF8Order.precedes($0.value, $1.value)
    }.map(\.value)
  }
}
