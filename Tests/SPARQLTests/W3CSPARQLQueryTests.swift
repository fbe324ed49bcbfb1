import Foundation
import RDF
import RDFFormats
import SPARQL
import Store
import Testing
import W3CTestSuite

/// The W3C SPARQL 1.1 Query suite (entailment excluded), read from its manifests as data:
/// one test case per entry.
@Suite struct W3CSPARQLQueryTests {
    static let manifest = "sparql/sparql11/manifest-sparql11-query.ttl"

    /// Entries skipped, each with its reason.
    static let skipped: [String: String] = [:]

    static let entries: [ManifestEntry] = ((try? Manifest.load(w3cRelativePath: manifest)) ?? []).filter {
        ["QueryEvaluationTest", "PositiveSyntaxTest11", "NegativeSyntaxTest11", "PositiveSyntaxTest", "NegativeSyntaxTest"]
            .contains($0.typeName)
    }

    /// The federation suite's syntax tests (SERVICE is parsed; its evaluation is not supported).
    static let federationSyntax: [ManifestEntry] = ((try? Manifest.load(w3cRelativePath: "sparql/sparql11/syntax-fed/manifest.ttl")) ?? [])

    @Test(arguments: federationSyntax)
    func federationSyntaxEntry(_ entry: ManifestEntry) throws {
        try W3CSPARQLRunner.run(entry)
    }

    @Test func suiteIsPresent() throws {
        let loaded = try Manifest.load(w3cRelativePath: Self.manifest)
        #expect(loaded.count > 250, "the SPARQL 1.1 query manifests list only \(loaded.count) entries")
        #expect(Self.federationSyntax.count >= 3)
    }

    @Test(arguments: entries)
    func entry(_ entry: ManifestEntry) throws {
        if let reason = Self.skipped[entry.id] {
            print("skipped \(entry.name): \(reason)")
            return
        }
        try W3CSPARQLRunner.run(entry)
    }

    /// The same evaluation tests with the store as the dataset (the evaluator itself is the same).
    @Test(arguments: entries.filter { $0.typeName == "QueryEvaluationTest" })
    func entryOnStore(_ entry: ManifestEntry) throws {
        if let reason = Self.skipped[entry.id] {
            print("skipped \(entry.name): \(reason)")
            return
        }
        try W3CSPARQLRunner.evaluate(entry, onStore: true)
    }
}

enum W3CSPARQLRunner {
    static let qt = MF.qt

    static func read(_ path: String) throws -> String {
        String(decoding: try ByteSource(path: path).readAll(), as: UTF8.self)
    }

    static func run(_ entry: ManifestEntry) throws {
        switch entry.typeName {
        case "PositiveSyntaxTest11", "PositiveSyntaxTest":
            let path = try #require(entry.actionPath)
            _ = try SPARQLQuery(try read(path), baseIRI: entry.action?.iriValue)
        case "NegativeSyntaxTest11", "NegativeSyntaxTest":
            let path = try #require(entry.actionPath)
            let text = try read(path)
            #expect(throws: SPARQLSyntaxError.self, "\(entry.name) must be rejected") {
                _ = try SPARQLQuery(text, baseIRI: entry.action?.iriValue)
            }
        default:
            try evaluate(entry)
        }
    }

    static func local(_ t: Term?) throws -> String? {
        guard let iri = t?.iriValue else { return nil }
        return try ConformanceSuite.localPath(for: iri)
    }

    /// Loads one data file into `quads` (into the named graph `graph` when given).
    static func load(_ iri: String, graph: Term?, into quads: inout [Quad]) throws {
        let path = try #require(try ConformanceSuite.localPath(for: iri), "\(iri) is not a local file")
        let format = try #require(RDFFormat(fileName: path), "no format for \(path)")
        try RDFParsing.parse(try ByteSource(path: path), format: format, base: iri) { q in
            quads.append(Quad(q.subject, q.predicate, q.object, graph: graph))
        }
    }

    static func evaluate(_ entry: ManifestEntry, onStore: Bool = false) throws {
        let action = try #require(entry.action)
        let g = entry.graph
        let queryIRI = try #require(g.object(action, qt + "query")?.iriValue)
        let queryPath = try #require(try ConformanceSuite.localPath(for: queryIRI))
        let query = try SPARQLQuery(try read(queryPath), baseIRI: queryIRI)

        var quads: [Quad] = []
        for d in g.objects(action, qt + "data") { if let iri = d.iriValue { try load(iri, graph: nil, into: &quads) } }
        for d in g.objects(action, qt + "graphData") { if let iri = d.iriValue { try load(iri, graph: d, into: &quads) } }
        for iri in (query.dataset?.defaultGraphs ?? []) + (query.dataset?.namedGraphs ?? []) {
            if (try? ConformanceSuite.localPath(for: iri)) != nil { try load(iri, graph: .iri(iri), into: &quads) }
        }

        let resultIRI = try #require(entry.result?.iriValue)
        let resultPath = try #require(try ConformanceSuite.localPath(for: resultIRI))
        var expected = try ExpectedResultsReader.read(path: resultPath, baseIRI: resultIRI)
        if case .graph(let triples) = expected, !isGraphQuery(query), let decoded = ResultSetGraph.decode(triples) {
            expected = decoded
        }
        let options = QueryOptions(timeout: .seconds(20))
        let actual: QueryResult
        if onStore {
            var builder = StoreBuilder()
            for q in quads { builder.add(q) }
            actual = try QueryEngine().execute(query, on: builder.build(), options: options)
        } else {
            actual = try QueryEngine().execute(query, on: InMemoryDataset(quads: quads), options: options)
        }

        switch (actual, expected) {
        case (.boolean(let a), .boolean(let e)):
            #expect(a == e, "\(entry.name): got \(a), expected \(e)")
        case (.solutions(let a), .solutions(let e)):
            let ordered = isOrdered(query.algebra)
            #expect(SolutionComparison.equivalent(a.bindings, e.bindings, ordered: ordered),
                    "\(entry.name): solutions differ\nactual:\n\(render(a))\nexpected:\n\(render(e))")
        case (.graph(let a), .graph(let e)):
            #expect(Isomorphism.areIsomorphic(a, e),
                    "\(entry.name): graphs differ\nactual:\n\(a.map(\.description).sorted().joined(separator: "\n"))\nexpected:\n\(e.map(\.description).sorted().joined(separator: "\n"))")
        default:
            Issue.record("\(entry.name): result kinds differ: \(actual) vs \(expected)")
        }
    }

    static func isGraphQuery(_ q: SPARQLQuery) -> Bool {
        switch q.form {
        case .construct, .describe: return true
        case .select, .ask: return false
        }
    }

    /// True when the query's solutions come out of an ORDER BY (below projection and slicing).
    static func isOrdered(_ a: Algebra) -> Bool {
        switch a {
        case .orderBy: return true
        case .project(let x, _), .distinct(let x), .reduced(let x), .slice(let x, _, _): return isOrdered(x)
        default: return false
        }
    }

    static func render(_ t: SolutionTable) -> String {
        t.bindings.map { row in row.sorted { $0.key < $1.key }.map { "?\($0.key)=\($0.value)" }.joined(separator: " ") }
            .joined(separator: "\n")
    }
}
