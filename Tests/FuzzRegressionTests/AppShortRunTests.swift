import Foundation
import FuzzHarness
import Testing

/// The `app` fuzz target's short run, in every test run: the seed corpus, then inputs mutated
/// from it with a fixed seed (byte flips, insertions of the values that broke servers before:
/// huge and negative numbers, escapes, IRI-breaking characters), each sent to the real
/// application on a loopback port. No 5xx (but SPARQL's and SDMX's 501), a problem document with
/// every 4xx, and a response to every request. The long runs are libFuzzer's (`fuzz/run.sh`).
@Suite(.serialized) struct AppShortRunTests {
    static let tokens: [String] = [
        "9223372036854775807", "18446744073709551616", "-1", "-9223372036854775808", "1e308", "0x10", "%00", "%ff",
        "%", "..", "%2e%2e/", "'", "\"", "<", ">", "{", "}", "\\", "|", "^", "`", "#", "?", "&", "=", "+", ",",
        "limit=", "offset=", "format=", "lang=", "level=", "asOf=", "q=", "detail=", "references=", "kind=",
        "SELECT * WHERE { ?s ?p ?o }", "GRAPH ?g { ?s ?p ?o }", "\u{00e9}", "\u{1F600}", "*/*;q=0.5", "text/turtle",
    ]

    /// One exchange on a Dispatch thread: the blocking client must not hold a thread of Swift's
    /// cooperative pool, which the in-process server needs.
    static func exchange(_ input: [UInt8]) async -> FuzzHarness.AppVerdict {
        // The application runs as the `lodestat` binary built beside the tests (see `AppUnderTest`).
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lodestat").path
        if getenv("LODESTAT_APP_BINARY") == nil { setenv("LODESTAT_APP_BINARY", binary, 0) }
        return await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: FuzzHarness.appExchange(.init(input))) }
        }
    }

    @Test func seedCorpusAndRegressionsGetProperAnswers() async throws {
        var count = 0
        for folder in [FuzzPaths.corpus("app"), FuzzPaths.regressions("app")] where FuzzPaths.exists(folder) {
            for file in CorpusReplay.files(at: [folder]) {
                let data = try #require(FileManager.default.contents(atPath: file))
                let verdict = await Self.exchange([UInt8](data))
                #expect(verdict.violation == nil, "\(file): \(verdict.violation ?? "")")
                count += 1
            }
        }
        #expect(count >= 10)
    }

    @Test func mutatedRequestsGetProperAnswers() async throws {
        var seeds: [[UInt8]] = []
        for file in CorpusReplay.files(at: [FuzzPaths.corpus("app")]) {
            seeds.append([UInt8](try #require(FileManager.default.contents(atPath: file))))
        }
        try #require(!seeds.isEmpty)
        var rng = SplitMix(seed: 0x10de57a7)
        var statuses: [Int: Int] = [:]
        for round in 0..<1500 {
            var input = seeds[Int(rng.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let at = input.isEmpty ? 0 : Int(rng.next() % UInt64(input.count + 1))
                switch rng.next() % 4 {
                case 0 where !input.isEmpty: input[min(at, input.count - 1)] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                case 1: input.insert(contentsOf: Array(Self.tokens[Int(rng.next() % UInt64(Self.tokens.count))].utf8), at: at)
                case 2 where at < input.count: input.removeSubrange(at..<min(input.count, at + Int(rng.next() % 8)))
                default: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
                }
            }
            let verdict = await Self.exchange(input)
            statuses[verdict.status, default: 0] += 1
            #expect(verdict.violation == nil, "round \(round): \(verdict.violation ?? "")\n\(String(decoding: FuzzHarness.AppRequest(input).wire.prefix(600), as: UTF8.self))")
        }
        // The mutations reach routes, not only the HTTP parser's 400.
        #expect(statuses[200, default: 0] > 100, "statuses: \(statuses)")
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
