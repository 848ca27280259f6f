import Foundation
import Testing

@testable import pipeline

/// The benchmark's runs in processes of their own: time, peak memory and failures.
@Suite struct ChildRunTests {
  @Test func aRunThatExitsWithZeroGivesItsTimeAndPeakMemory() throws {
    let run = try ChildRun.run(["-c", "sleep 0.2"], executable: "/bin/sh")
    #expect(run.seconds >= 0.2 && run.seconds < 10)
    #expect(run.peakBytes > 0 && run.peakBytes < 1 << 30)
  }

  @Test func aFailingRunIsAnErrorThatSaysHowItEnded() {
    for (script, ending, code) in [
      ("exit 3", "exited with code 3", ExitCode.ioError),
      ("kill -9 $$", "was killed by signal 9", .ioError),
      ("exit 75", "exited with code 75", .lockHeld),
    ] {
      do {
        _ = try ChildRun.run(["-c", script], executable: "/bin/sh")
        Issue.record("no error for \(script)")
      } catch {
        #expect(error.code == code)
        #expect(error.message == "pipeline -c \(ending) during the benchmark")
      }
    }
  }

  @Test func aProgramThatCannotBeStartedIsNamed() {
    do {
      _ = try ChildRun.run(["run"], executable: "/nonexistent/pipeline")
      Issue.record("no error")
    } catch {
      #expect(error.code == .ioError)
      #expect(error.message == "cannot start /nonexistent/pipeline: No such file or directory")
    }
  }
}
