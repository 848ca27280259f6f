import Dispatch
import Synchronization
import Transform

/// The document analyzer, built when the first document needs tagging: a run whose documents
/// all come from the analysis cache (the nightly run over an unchanged corpus) never builds the
/// entity tagger's indexes, which take about 0.08 s.
final class LazyAnalyzer: Sendable {
  /// What the analyzer is built from.
  private let resources: TransformResources
  /// The reference date for documents without a date of their own.
  private let referenceDate: CalendarDay?
  /// The analyzer once built; the lock also makes a second worker wait while the first builds.
  private let built = Mutex<DocumentAnalyzer?>(nil)

  /// An analyzer to be built from `resources` when first asked for.
  init(resources: TransformResources, referenceDate: CalendarDay?) {
    self.resources = resources
    self.referenceDate = referenceDate
  }

  /// The analyzer, built on the first call.
  var analyzer: DocumentAnalyzer {
    built.withLock { built in
      if let analyzer = built { return analyzer }
      let analyzer = DocumentAnalyzer(resources: resources, referenceDate: referenceDate)
      built = analyzer
      return analyzer
    }
  }

  /// Starts building the analyzer on a background thread, for a run that will tag: the build
  /// then overlaps listing the corpus, and the first documents find it ready. A worker that
  /// asks earlier waits for this build instead of starting its own.
  func startBuilding() {
    DispatchQueue.global(qos: .userInitiated).async { [self] in _ = analyzer }
  }

  /// Whether the analyzer has been built (for tests).
  var isBuilt: Bool { built.withLock { $0 != nil } }
}
