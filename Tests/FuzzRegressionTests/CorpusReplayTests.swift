import Foundation
import FuzzHarness
import Testing

/// The committed seed corpus and every regression input go through the same harness functions the
/// fuzzer calls: the harness builds, the corpus stays valid, and fixed findings stay fixed.
@Suite struct CorpusReplayTests {
    /// The parser targets (`app` needs a server and runs in `AppShortRunTests`).
    @Test(arguments: FuzzTarget.allCases.filter { $0 != .app })
    func seedCorpusReplays(_ target: FuzzTarget) throws {
        let dir = FuzzPaths.corpus(target.rawValue)
        #expect(FuzzPaths.exists(dir), "missing seed corpus \(dir)")
        let count = try CorpusReplay.replay([dir], through: target)
        #expect(count >= 3, "seed corpus of \(target.rawValue) has \(count) inputs")
    }

    @Test func everyCorpusFolderNamesATarget() throws {
        for folder in ["corpus", "regressions"] {
            let dir = FuzzPaths.root + "/" + folder
            guard FuzzPaths.exists(dir) else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where !name.hasPrefix(".") {
                #expect(FuzzTarget(rawValue: name) != nil, "fuzz/\(folder)/\(name) names no fuzz target")
            }
        }
    }

    @Test func missingPathThrows() {
        #expect(throws: (any Error).self) { try CorpusReplay.replay([FuzzPaths.root + "/no-such-dir"], through: .form) }
    }
}
