import Extract

/// The counts of one surface of one entity over the run, for `variants`.
struct SurfaceCounts: Equatable {
  /// The surface as written.
  var text: String
  /// Mentions with this surface.
  var count = 0
  /// Documents with this surface.
  var documents = 0
  /// Mentions per `how`; a handful of distinct values, so an array beats a dictionary.
  var hows: [(value: String, count: Int)] = []
  /// Mentions per `method`.
  var methods: [(value: String, count: Int)] = []

  /// Adds counts of this surface: one document's, or a whole earlier part of the run's.
  /// - Complexity: O(distinct hows and methods), a handful.
  mutating func add(
    count: Int, documents: Int, hows: [(value: String, count: Int)],
    methods: [(value: String, count: Int)]
  ) {
    self.count += count
    self.documents += documents
    for (how, count) in hows { Self.add(count, to: how, in: &self.hows) }
    for (method, count) in methods { Self.add(count, to: method, in: &self.methods) }
  }

  /// The most frequent how and method; ties in byte order.
  var topHow: String { Self.ranked(hows).first ?? "" }
  /// The most frequent method; ties in byte order.
  var topMethod: String { Self.ranked(methods).first ?? "" }

  /// Equal when every count is.
  static func == (lhs: SurfaceCounts, rhs: SurfaceCounts) -> Bool {
    lhs.text == rhs.text && lhs.count == rhs.count && lhs.documents == rhs.documents
      && lhs.hows.elementsEqual(rhs.hows, by: ==) && lhs.methods.elementsEqual(rhs.methods, by: ==)
  }

  /// Values by count, most first; ties in byte order.
  static func ranked(_ counts: [(value: String, count: Int)]) -> [String] {
    counts.sorted {
      $0.count != $1.count
        ? $0.count > $1.count : UTF8Order.precedes($0.value, $1.value)
    }.map(\.value)
  }

  /// Adds `count` to `value`'s count in `counts`, appending it if new.
  private static func add(
    _ count: Int, to value: String, in counts: inout [(value: String, count: Int)]
  ) {
    if let index = counts.firstIndex(where: { $0.value == value }) {
      counts[index].count += count
    } else {
      counts.append((value, count))
    }
  }
}
