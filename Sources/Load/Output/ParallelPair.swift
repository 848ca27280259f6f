import Dispatch
import Synchronization

/// The results of two independent jobs run at the same time, each on a core of its own.
struct ParallelPair<Value: Sendable>: Sendable {
  /// The first job's value or error.
  let first: Result<Value, OutputError>
  /// The second job's value or error.
  let second: Result<Value, OutputError>

  /// Runs `first` and `second` concurrently and waits for both; one after the other on the
  /// calling thread when `concurrently` is false.
  init(
    concurrently: Bool = true,
    _ first: @escaping @Sendable () throws(OutputError) -> Value,
    _ second: @escaping @Sendable () throws(OutputError) -> Value
  ) {
    guard concurrently else {
      self.first = Result { () throws(OutputError) -> Value in try first() }
      self.second = Result { () throws(OutputError) -> Value in try second() }
      return
    }
    let slots = Mutex<[Result<Value, OutputError>?]>([nil, nil])
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let job = index == 0 ? first : second
      let result = Result { () throws(OutputError) -> Value in try job() }
      slots.withLock { $0[index] = result }
    }
    let values = slots.withLock { $0 }
    self.first = values[0]!
    self.second = values[1]!
  }
}
