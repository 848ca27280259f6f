import Dispatch
import Foundation
import Testing

@testable import pipeline

/// A released value is freed, on a thread other than the caller's.
@Suite struct BackgroundReleaseTests {
  /// Signals when freed and remembers on which thread.
  private final class Tracked: @unchecked Sendable {
    let freed: DispatchSemaphore
    let freedOnCaller: UnsafeMutablePointer<Bool>
    let caller = pthread_self()

    init(freed: DispatchSemaphore, freedOnCaller: UnsafeMutablePointer<Bool>) {
      self.freed = freed
      self.freedOnCaller = freedOnCaller
    }

    deinit {
      freedOnCaller.pointee = pthread_equal(pthread_self(), caller) != 0
      freed.signal()
    }
  }

  @Test func freesTheValueOnAnotherThread() {
    let freed = DispatchSemaphore(value: 0)
    let freedOnCaller = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
    defer { freedOnCaller.deallocate() }
    freedOnCaller.pointee = true
    let value = Tracked(freed: freed, freedOnCaller: freedOnCaller)
    BackgroundRelease.release((consume value, [1, 2, 3]))
    #expect(freed.wait(timeout: .now() + 10) == .success)
    #expect(freedOnCaller.pointee == false)
  }
}
