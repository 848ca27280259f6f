import Dispatch
import Foundation
import Testing

@testable import pipeline

/// A released value is freed, on a thread other than the caller's.
@Suite struct BackgroundReleaseTests {
  /// What the tracked value saw when it was freed; outlives it.
  private final class Observation: @unchecked Sendable {
    // @unchecked: written once by the freeing thread before `freed.signal()`, read after
    // `freed.wait()`.
    let freed = DispatchSemaphore(value: 0)
    var freedOnCaller: Bool?
  }

  /// Reports to `observation` when freed, and on which thread.
  private final class Tracked: @unchecked Sendable {
    let observation: Observation
    let caller = pthread_self()

    init(_ observation: Observation) { self.observation = observation }

    deinit {
      observation.freedOnCaller = pthread_equal(pthread_self(), caller) != 0
      observation.freed.signal()
    }
  }

  @Test func freesTheValueOnAnotherThread() {
    let observation = Observation()
    let value = Tracked(observation)
    BackgroundRelease.release((consume value, [1, 2, 3]))
    #expect(observation.freed.wait(timeout: .now() + 10) == .success)
    #expect(observation.freedOnCaller == false)
  }
}
