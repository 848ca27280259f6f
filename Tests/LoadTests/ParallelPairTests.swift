import Foundation
import Testing

@testable import Load

/// Two jobs at once: both values, and an error kept on the side it came from.
@Suite struct ParallelPairTests {
  @Test func keepsEachJobsValueInItsPlace() throws {
    let pair = ParallelPair(
      { () throws(OutputError) -> Int in (1...1000).reduce(0, +) },
      { () throws(OutputError) -> Int in 7 })
    #expect(try pair.first.get() == 500_500)
    #expect(try pair.second.get() == 7)
  }

  @Test func anErrorStaysWithItsJob() {
    let failure = OutputError(.write, path: "/nowhere/variants.csv")
    let pair = ParallelPair(
      { () throws(OutputError) -> Int in 1 }, { () throws(OutputError) -> Int in throw failure })
    #expect((try? pair.first.get()) == 1)
    #expect(throws: failure) { try pair.second.get() }
  }

  #if os(Linux)
    @Test func oneAfterTheOtherOnTheCallingThreadWhenNotConcurrent() throws {
      let caller = pthread_self()
      let pair = ParallelPair(
        concurrently: false,
        { () throws(OutputError) -> Bool in pthread_equal(pthread_self(), caller) != 0 },
        { () throws(OutputError) -> Bool in pthread_equal(pthread_self(), caller) != 0 })
      #expect(try pair.first.get())
      #expect(try pair.second.get())
    }
  #endif
}
