import Dispatch

/// Frees a run's large object graphs on a background thread. At the end of a run over 10,000
/// articles, freeing the tagger's indexes and the entity counts takes about 0.1 s of one core;
/// the process can write its manifest and exit meanwhile.
enum BackgroundRelease {
  /// Takes over `value` and drops it on a background thread.
  static func release<Value>(_ value: consuming Value) {
    let box = ReleaseBox(value)
    DispatchQueue.global(qos: .background).async { box.drop() }
  }
}

/// Holds the value to be dropped; touched by the releasing thread only after `async` handed
/// it over.
private final class ReleaseBox<Value>: @unchecked Sendable {
  private var value: Value?

  init(_ value: consuming Value) { self.value = value }

  /// Drops the value (its last reference, if the caller gave up its own).
  func drop() { value = nil }
}
