import Catalog
import Foundation
import RDF
@testable import Remote
import Server
import SPARQL
import Testing

/// The term formatter every engine query goes through, the circuit breaker's rules, and the
/// `serve --engine-…` flags' bounds, without an engine.
@Suite struct RemoteQueryTextTests {
    /// Every character IRIREF forbids, alone and in the attack of issue #14.
    static let forbidden: [String] = ["<", ">", "\"", "{", "}", "|", "^", "`", "\\", " ", "\n", "\r", "\t", "\u{0}", "\u{1F}"]

    @Test(arguments: forbidden)
    func anIRIWithAForbiddenCharacterIsNeverWritten(_ character: String) {
        let iri = "http://localhost:8080/id/x" + character + "y"
        #expect(!SPARQLTerms.isIRIRef(iri))
        #expect(throws: RemoteError.unsafeIRI(iri)) { try SPARQLTerms.iri(iri) }
        #expect(throws: RemoteError.unsafeIRI(iri)) { try SubgraphQuery.round([iri], inverse: .all) }
        #expect(!SubgraphPlan.resource(iri).isAskable)
    }

    @Test func theIssuesInjectionCannotBecomeQueryText() {
        let path = "/id/x> } GRAPH ?g { ?s ?p ?o } GRAPH ?g2 { ?s2 ?p2 ?o2 } GRAPH ?g3 { ?s3 ?p3 ?o3 } { <urn:x"
        let plan = RequestSubgraph.plan(path: path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!,
                                        base: "http://localhost:8080/")
        #expect(plan?.isAskable == false)
        #expect(throws: RemoteError.self) { try SubgraphQuery.round(plan?.seedIRIs ?? [], inverse: .all) }
    }

    @Test func validIRIsAreWrittenAsTheyAre() throws {
        for iri in ["http://localhost:8080/id/concept/démographie", "http://localhost:8080/id/x#y", "urn:lodestat:graph:a%20b.ttl",
                    "http://localhost:8080/id/a/b?c=d&e"] {
            #expect(try SPARQLTerms.iri(iri) == "<" + iri + ">")
        }
        #expect(throws: RemoteError.self) { try SPARQLTerms.iri("relative/path") }
    }

    /// Strings round-trip through our own parser: whatever they hold, they stay one literal.
    @Test(arguments: ["plain", "quote \" inside", "back\\slash", "line\nbreak\r\n", "tab\tand\u{8}\u{C}", "nul\u{0}\u{1F}\u{7F}",
                      "\\u0022 escaped quote", "\" } GRAPH ?g { ?s ?p ?o } #", "é ü 中", ""])
    func stringsStayOneLiteral(_ text: String) throws {
        let query = try SPARQLQuery("SELECT ?x WHERE { BIND(\(SPARQLTerms.string(text)) AS ?x) }")
        guard case .solutions(let table) = try QueryEngine().execute(query, on: InMemoryDataset(triples: [])) else {
            Issue.record("no solutions"); return
        }
        #expect(table.rows.first?.first??.literalValue?.lexicalForm == text)
        #expect(!SPARQLTerms.string(text).dropFirst().dropLast().contains { $0 == "\n" || $0 == "\r" })
    }

    @Test func numbersAreDigitsAndPagesAreBounded() throws {
        #expect(SPARQLTerms.integer(-12) == "-12")
        let page = try SubgraphQuery.listPage(.concept, idBase: "http://localhost:8080/id/", limit: Int.max, offset: Int.max)
        #expect(page.hasSuffix("LIMIT \(SubgraphQuery.maxLimit) OFFSET \(Int32.max)"))
        let low = try SubgraphQuery.listPage(.concept, idBase: "http://localhost:8080/id/", limit: -5, offset: Int.min)
        #expect(low.hasSuffix("LIMIT 0 OFFSET 0"))
        _ = try SPARQLQuery(page)
    }

    /// Every template parses with our own parser (the engine's queries are valid SPARQL).
    @Test func everyTemplateParses() throws {
        let iris = ["http://localhost:8080/id/organisation/insee", "http://localhost:8080/id/x#y"]
        var texts = [try SubgraphQuery.round(iris, inverse: .none), try SubgraphQuery.round(iris, inverse: .all),
                     try SubgraphQuery.round(iris, inverse: .predicates(SubgraphPlan.viewInversePredicates)),
                     try SubgraphQuery.members(ResourceKind.allCases), try SubgraphQuery.searchable(ResourceKind.allCases),
                     try SubgraphQuery.structural(), SubgraphQuery.graphs, try SubgraphQuery.tripleCount(),
                     try PrefixGraph.selectQuery(), SubgraphQuery.probe]
        for kind in ResourceKind.allCases {
            texts.append(try SubgraphQuery.listCount(kind, idBase: "http://localhost:8080/id/"))
        }
        for text in texts { #expect(throws: Never.self, "\(text)") { try SPARQLQuery(text) } }
    }

    @Test func theBreakerOpensAtTheThresholdThenProbesOnce() {
        var breaker = CircuitBreaker(threshold: 3, cooldownSeconds: 10)
        let t0 = ContinuousClock.now
        for _ in 0..<2 {
            #expect(breaker.admit(now: t0) == nil)
            breaker.record(success: false, now: t0)
        }
        #expect(!breaker.isOpen)
        breaker.record(success: true, now: t0)  // a success resets the count
        for _ in 0..<3 { breaker.record(success: false, now: t0) }
        #expect(breaker.isOpen)
        #expect(breaker.admit(now: t0) == 10)
        #expect(breaker.admit(now: t0.advanced(by: .seconds(9.5))) == 1)
        let later = t0.advanced(by: .seconds(10))
        #expect(breaker.admit(now: later) == nil)  // the probe
        #expect(breaker.admit(now: later) == 1)  // only one
        breaker.record(success: nil, now: later)  // the probe was cancelled: another may go
        #expect(breaker.admit(now: later) == nil)
        breaker.record(success: false, now: later)  // it failed: open again
        #expect(breaker.admit(now: later.advanced(by: .seconds(1))) == 9)
        #expect(breaker.admit(now: later.advanced(by: .seconds(10))) == nil)
        breaker.record(success: true, now: later.advanced(by: .seconds(10)))
        #expect(!breaker.isOpen)
        #expect(breaker.openings == 2)
    }

    @Test func aBreakerWithThresholdZeroNeverOpens() {
        var breaker = CircuitBreaker(threshold: 0, cooldownSeconds: 10)
        for _ in 0..<100 { breaker.record(success: false, now: .now) }
        #expect(!breaker.isOpen)
    }

    @Test func theGateCountsAndRefusesBeyondItsCap() throws {
        let gate = EngineGate(limits: EngineLimits(maxConcurrent: 2, breakerFailures: 0))
        try gate.admit()
        try gate.admit()
        #expect(throws: RemoteError.overloaded(limit: 2)) { try gate.admit() }
        gate.finish(.success)
        try gate.admit()
        #expect(gate.counts.inFlight == 2)
        #expect(gate.counts.rejectedOverloaded == 1)
    }

    @Test func engineFlagsAreBounded() throws {
        func message(_ r: Result<EngineLimits, EngineLimits.LimitError>) -> String? {
            if case .failure(let e) = r { return e.description } else { return nil }
        }
        let ok = EngineLimits.validated(maxConcurrent: 8, breakerFailures: 3, breakerCooldown: 2.5, timeoutParameter: "timeout",
                                        timeoutUnit: "s")
        #expect(try ok.get().timeoutParameter == EngineLimits.TimeoutParameter(name: "timeout", unit: .seconds))
        let none = try EngineLimits.validated(maxConcurrent: 8, breakerFailures: 0, breakerCooldown: 1, timeoutParameter: "none",
                                              timeoutUnit: "ms").get()
        #expect(none.timeoutParameter == nil)
        #expect(message(EngineLimits.validated(maxConcurrent: 0, breakerFailures: 3, breakerCooldown: 1, timeoutParameter: "timeout",
                                   timeoutUnit: "ms"))?.hasPrefix("--engine-max-concurrent") == true)
        #expect(message(EngineLimits.validated(maxConcurrent: 1, breakerFailures: -1, breakerCooldown: 1, timeoutParameter: "timeout",
                                   timeoutUnit: "ms"))?.hasPrefix("--engine-breaker-failures") == true)
        for cooldown in [0, -1, .nan, .infinity, 3601] {
            #expect(message(EngineLimits.validated(maxConcurrent: 1, breakerFailures: 1, breakerCooldown: cooldown, timeoutParameter: "timeout",
                                       timeoutUnit: "ms"))?.hasPrefix("--engine-breaker-cooldown") == true)
        }
        for name in ["", "time out", "query", "a&b=c"] {
            #expect(message(EngineLimits.validated(maxConcurrent: 1, breakerFailures: 1, breakerCooldown: 1, timeoutParameter: name,
                                       timeoutUnit: "ms"))?.hasPrefix("--engine-timeout-parameter") == true)
        }
        #expect(message(EngineLimits.validated(maxConcurrent: 1, breakerFailures: 1, breakerCooldown: 1, timeoutParameter: "timeout",
                                   timeoutUnit: "minutes"))?.hasPrefix("--engine-timeout-unit") == true)
    }

    @Test func timeoutValuesRoundUpAndNeverReachZero() {
        let ms = EngineLimits.TimeoutParameter(name: "timeout", unit: .milliseconds)
        let s = EngineLimits.TimeoutParameter(name: "timeout", unit: .seconds)
        #expect(ms.value(seconds: 1.2345) == "1235")
        #expect(ms.value(seconds: 0.0001) == "1")
        #expect(s.value(seconds: 0.2) == "1")
        #expect(s.value(seconds: 29.1) == "30")
        #expect(ms.value(seconds: .infinity) == "1000000000000")
    }

    /// The serve command refuses bad values with exit status 64 and a message naming the flag.
    @Test(arguments: [["--engine-max-concurrent", "0"], ["--engine-breaker-cooldown", "-3"],
                      ["--engine-timeout-unit", "h"], ["--engine-timeout", "0"]])
    func serveRefusesBadEngineFlags(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try EndToEndScript.binary())
        process.arguments = ["serve", "--sparql-endpoint", "http://127.0.0.1:9/query"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(text.contains(arguments[0]), "\(text)")
    }
}
