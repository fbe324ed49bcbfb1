import RDFFormats
import Testing

/// The W3C JSON-LD 1.1 API test suite, one test case per manifest entry.
@Suite struct JSONLDConformanceTests {
    static func check(_ entry: JSONLDTestEntry) {
        if case .failed(let message) = JSONLDTestRunner.run(entry) {
            Issue.record("\(entry): \(message)")
        }
    }

    @Test(arguments: JSONLDManifest.entries("expand"))
    func expand(_ entry: JSONLDTestEntry) { Self.check(entry) }

    @Test(arguments: JSONLDManifest.entries("compact"))
    func compact(_ entry: JSONLDTestEntry) { Self.check(entry) }

    @Test(arguments: JSONLDManifest.entries("flatten"))
    func flatten(_ entry: JSONLDTestEntry) { Self.check(entry) }

    @Test(arguments: JSONLDManifest.entries("toRdf"))
    func toRdf(_ entry: JSONLDTestEntry) { Self.check(entry) }

    @Test(arguments: JSONLDManifest.entries("fromRdf"))
    func fromRdf(_ entry: JSONLDTestEntry) { Self.check(entry) }

    @Test(arguments: JSONLDManifest.entries("remote-doc"))
    func remoteDoc(_ entry: JSONLDTestEntry) { Self.check(entry) }

    /// Runs every manifest once more to print passed/failed/skipped counts (and skip reasons),
    /// and guards the pass rate against regressions.
    @Test func summary() throws {
        for name in ["expand", "compact", "flatten", "toRdf", "fromRdf", "remote-doc"] {
            let entries = try JSONLDManifest.load(name)
            var passed = 0, failed: [String] = [], skipped: [String: Int] = [:]
            for entry in entries {
                switch JSONLDTestRunner.run(entry) {
                case .passed: passed += 1
                case .failed: failed.append(entry.id)
                case .skipped(let reason): skipped[reason, default: 0] += 1
                }
            }
            let run = passed + failed.count
            print("JSON-LD \(name): \(passed) passed, \(failed.count) failed, \(skipped.values.reduce(0, +)) skipped of \(entries.count)")
            for (reason, n) in skipped.sorted(by: { $0.key < $1.key }) { print("  skipped \(n): \(reason)") }
            if !failed.isEmpty { print("  failed: \(failed.joined(separator: " "))") }
            #expect(run > 0 && Double(passed) >= Double(run) * JSONLDConformanceTests.minimumPassRate[name, default: 0.97],
                    "\(name): pass rate \(passed)/\(run) below the floor")
        }
    }

    static let minimumPassRate: [String: Double] = [
        "expand": 0.97, "compact": 0.97, "flatten": 0.97, "toRdf": 0.97, "fromRdf": 0.97, "remote-doc": 0.9,
    ]
}
