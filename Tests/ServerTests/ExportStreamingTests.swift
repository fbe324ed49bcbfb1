import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import RDF
import RDFFormats
@testable import Server
import Store
import Synchronization
import Testing

/// `/api/export/{kind}` streams JSON lines, N-Triples and Turtle: the bytes must be those the
/// whole-body export wrote (every description concatenated, each quad once, serialized at once).
@Suite("Streamed exports")
struct ExportStreamingTests {
    static let plurals = ["series", "dataflows", "classifications", "concepts", "events", "internship-topics",
                          "organisations", "projects"]
    static let formats = ["jsonl", "ttl", "nt", "rdf", "jsonld"]

    /// The IRIs of the resources of `plural`, in export order.
    static func iris(_ state: CatalogState, plural: String) throws -> [String] {
        let views = state.served.views
        switch plural {
        case "series": return views.all(SeriesView.self).map(\.iri)
        case "dataflows": return views.all(DataflowView.self).map(\.iri)
        case "classifications": return views.all(ClassificationView.self).map(\.iri)
        case "concepts": return views.all(ConceptView.self).map(\.iri)
        case "events": return views.all(EventView.self).map(\.iri)
        case "internship-topics": return views.all(InternshipTopicView.self).map(\.iri)
        case "organisations": return views.all(OrganisationView.self).map(\.iri)
        case "projects": return views.all(ProjectView.self).map(\.iri)
        default: throw CancellationError()
        }
    }

    /// The whole-body answer of the export of `plural` in `format`, as the export computed it
    /// before it streamed.
    static func wholeBody(_ state: CatalogState, plural: String, format: String, language: String = "en",
                          jsonldContext: JSONLDContextDocument? = nil) throws -> String {
        let repository = StoreRepository(state: state, jsonldContext: jsonldContext)
        let views = state.served.views
        let iris: [String]
        var lines: [UInt8] = []
        func collect<V: CatalogView>(_ type: V.Type) throws -> [String] {
            let all = views.all(type)
            if format == "jsonl" {
                for v in all {
                    lines += try APIJSON.encode(Localized(view: v, label: v.label(language)))
                    lines.append(UInt8(ascii: "\n"))
                }
            }
            return all.map(\.iri)
        }
        switch plural {
        case "series": iris = try collect(SeriesView.self)
        case "dataflows": iris = try collect(DataflowView.self)
        case "classifications": iris = try collect(ClassificationView.self)
        case "concepts": iris = try collect(ConceptView.self)
        case "events": iris = try collect(EventView.self)
        case "internship-topics": iris = try collect(InternshipTopicView.self)
        case "organisations": iris = try collect(OrganisationView.self)
        case "projects": iris = try collect(ProjectView.self)
        default: throw CancellationError()
        }
        if format == "jsonl" { return String(decoding: lines, as: UTF8.self) }
        let rdf = try #require(["ttl": RDFFormat.turtle, "nt": .ntriples, "rdf": .rdfxml, "jsonld": .jsonld][format])
        let descriptions = ExportDescriptions(iris: iris) { repository.boundedDescription(of: $0) }
        return try ExportWholeBody.text(descriptions, format: rdf, repository: repository)
    }

    /// The streamed answer equals the whole body for every kind and format of the embedded catalog.
    @Test(arguments: plurals)
    func embeddedCatalogExportsAreUnchanged(plural: String) async throws {
        let state = try CatalogState(dataset: TestCatalog.embedded.get())
        var configuration = ServerConfiguration()
        configuration.jsonldContext = TestCatalog.contextJSON
        let context = try #require(configuration.jsonldContext.flatMap { try? JSONLDContextDocument(json: $0, base: state.baseIRI) })
        let app = Application(router: buildRouter(configuration: configuration, state: state))
        try await app.test(.router) { client in
            for format in Self.formats {
                let expected = try Self.wholeBody(state, plural: plural, format: format, jsonldContext: context)
                try await client.execute(uri: "/api/export/\(plural)?format=\(format)&lang=en", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.text == expected, "\(plural) as \(format) differs from the whole-body export")
                    #expect(!r.text.isEmpty || format == "ttl")
                }
            }
        }
    }

    /// Resources linking each other in both directions (a label written first with the resource
    /// that links to it, then the rest with its own description), labels of resources that are not
    /// exported, a resource that links to itself, and prefixes, some unused.
    static let overlapping = """
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix dct: <http://purl.org/dc/terms/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix c: <http://localhost:8080/id/concept/> .
    c:a a skos:Concept ; skos:prefLabel "A"@en, "A fr"@fr ; skos:broader c:b ; skos:inScheme <http://localhost:8080/id/scheme/s> ;
        skos:notation "1"^^xsd:integer ; dct:modified "2024-01-01"^^xsd:date .
    c:b a skos:Concept ; skos:prefLabel "B"@en ; skos:narrower c:a, c:c ; skos:related c:b ;
        skos:inScheme <http://localhost:8080/id/scheme/s> ; skos:exactMatch <http://example.org/other#x> .
    c:c a skos:Concept ; skos:prefLabel "C \\"quoted\\"\\n"@en ; skos:broader c:b ; skos:related c:a ;
        skos:inScheme <http://localhost:8080/id/scheme/s> .
    <http://localhost:8080/id/scheme/s> a skos:ConceptScheme ; skos:prefLabel "Scheme"@en ; dct:title "S"@fr ;
        skos:hasTopConcept c:b .
    <http://example.org/other#x> skos:prefLabel "Elsewhere"@en ; skos:notation "x" .
    """

    /// The same shape with blank nodes: one used once (inline in Turtle), one shared by two resources.
    static let withBlankNodes = overlapping + """

    @prefix schema: <https://schema.org/> .
    c:a dct:temporal [ a dct:PeriodOfTime ; schema:startDate "2020-01-01"^^xsd:date ] ; dct:source _:shared .
    c:c dct:source _:shared .
    _:shared dct:title "Shared source"@en .
    """

    /// Enough concepts for several batches of every format (`ExportTurtle.batch`, `ExportJSONLD.batch`,
    /// `ExportRDFXML.batch`), each linking a broader one listed before or after it and a scheme
    /// that is not exported.
    static let many: String = {
        var text = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix c: <http://localhost:8080/id/concept/> .

        """
        let count = 2 * max(ExportTurtle.batch, ExportJSONLD.batch, ExportRDFXML.batch) + 7
        for i in 0..<count {
            text += "c:k\(i) a skos:Concept ; skos:prefLabel \"K \(i)\"@en, \"K \(i) fr\"@fr ; "
                + "skos:broader c:k\((i * 7 + 3) % count) ; skos:inScheme <http://localhost:8080/id/scheme/s\(i % 5)> .\n"
        }
        for s in 0..<5 { text += "<http://localhost:8080/id/scheme/s\(s)> skos:prefLabel \"Scheme \(s)\"@en .\n" }
        return text
    }()

    static func state(_ turtle: String) throws -> CatalogState {
        var builder = StoreBuilder()
        try builder.load(ByteSource(bytes: Array(turtle.utf8)), format: .turtle, base: TestCatalog.base)
        let prefixes = [PrefixDeclaration("skos", "http://www.w3.org/2004/02/skos/core#"),
                        PrefixDeclaration("dct", "http://purl.org/dc/terms/"),
                        PrefixDeclaration("xsd", "http://www.w3.org/2001/XMLSchema#"),
                        PrefixDeclaration("id", "http://localhost:8080/id/"),
                        PrefixDeclaration("concept", "http://localhost:8080/id/concept/"),
                        PrefixDeclaration("unused", "http://unused.example/")]
        return CatalogState(dataset: CatalogDataset(snapshot: builder.build(), files: [], prefixes: prefixes,
                                                    rewriter: try BaseRewriter(base: TestCatalog.base), loadSeconds: 0))
    }

    @Test(arguments: [overlapping, withBlankNodes, many])
    func overlappingDescriptionsAreWrittenOnce(turtle: String) async throws {
        let state = try Self.state(turtle)
        // JSON-LD compacted with the project's context, and expanded without one.
        for contextJSON in [TestCatalog.contextJSON, nil] {
            var configuration = ServerConfiguration()
            configuration.jsonldContext = contextJSON
            let context = contextJSON.flatMap { try? JSONLDContextDocument(json: $0, base: state.baseIRI) }
            #expect((context == nil) == (contextJSON == nil))
            let app = Application(router: buildRouter(configuration: configuration, state: state))
            try await app.test(.router) { client in
                for format in Self.formats {
                    let expected = try Self.wholeBody(state, plural: "concepts", format: format, jsonldContext: context)
                    try await client.execute(uri: "/api/export/concepts?format=\(format)&lang=en", method: .get) { r in
                        #expect(r.status == .ok)
                        #expect(r.text == expected, "concepts as \(format) differs from the whole-body export")
                    }
                }
            }
        }
        guard turtle == Self.overlapping else { return }
        let app = Application(router: buildRouter(configuration: ServerConfiguration(), state: state))
        try await app.test(.router) { client in
            // The streamed Turtle of the catalog without blank nodes is not the whole-body fallback:
            // it abbreviates with the prefixes used, and each exported concept is written once.
            try await client.execute(uri: "/api/export/concepts?format=ttl", method: .get) { r in
                #expect(r.text.hasPrefix("@prefix concept: <http://localhost:8080/id/concept/> .\n"))
                #expect(!r.text.contains("@prefix unused:"))
                for id in ["a", "b", "c"] {
                    #expect(r.text.components(separatedBy: "\nconcept:\(id) ").count + (r.text.hasPrefix("concept:\(id) ") ? 1 : 0) == 2)
                }
            }
        }
    }

    /// Without blank nodes the RDF formats are written a subject at a time (their plans exist);
    /// with them, whole. Some kinds of the embedded catalog stream, those with blank nodes do not.
    @Test func blankNodesAloneMakeAnExportWhole() async throws {
        let embedded = try CatalogState(dataset: TestCatalog.embedded.get())
        let context = try #require(TestCatalog.contextJSON.flatMap { try? JSONLDContextDocument(json: $0, base: embedded.baseIRI) })
        var cases: [(CatalogState, JSONLDContextDocument?, String)] = [(try Self.state(Self.overlapping), nil, "concepts"),
                                                                    (try Self.state(Self.withBlankNodes), nil, "concepts"),
                                                                    (try Self.state(Self.many), context, "concepts")]
        cases += Self.plurals.map { (embedded, context, $0) }
        var streamed: [String] = []
        for (state, context, plural) in cases {
            let repository = StoreRepository(state: state, jsonldContext: context)
            let descriptions = ExportDescriptions(iris: try Self.iris(state, plural: plural)) { repository.boundedDescription(of: $0) }
            let quads = ExportWholeBody.quads(descriptions)
            let streams = !quads.contains { $0.subject.isBlankNode || $0.object.isBlankNode } && Set(quads.map(\.subject)).count >= 2
            #expect(try (ExportTurtle(descriptions: descriptions, prefixes: repository.prefixes).plan() != nil) == streams, "\(plural)")
            #expect(try (ExportJSONLD(descriptions: descriptions, repository: repository).plan() != nil) == streams, "\(plural)")
            #expect(try (await ExportRDFXML(descriptions: descriptions, prefixes: repository.prefixes).plan() != nil) == streams, "\(plural)")
            if streams { streamed.append(plural) }
        }
        // The catalogs without blank nodes, and at least one kind of the embedded one.
        #expect(streamed.prefix(2) == ["concepts", "concepts"] && streamed.count >= 3, "streamed: \(streamed)")
    }

    /// The resources the descriptions share are written with the first that holds them.
    @Test func newQuadsKeepFirstOccurrences() async throws {
        let state = try Self.state(Self.withBlankNodes)
        let repository = StoreRepository(state: state)
        let iris = state.served.views.all(ConceptView.self).map(\.iri)
        #expect(iris.count == 3)
        // Listed twice and out of order: the repeated resource adds nothing.
        let descriptions = ExportDescriptions(iris: iris + [iris[0]]) { repository.boundedDescription(of: $0) }
        var streamed: [Quad] = []
        await descriptions.forEachNew { streamed += $0 }
        #expect(streamed == ExportWholeBody.quads(descriptions))
        #expect(Set(streamed).count == streamed.count)
    }

    /// Streamed answers carry neither a length nor a validator; HEAD answers the headers alone,
    /// with the length of the GET's body.
    @Test func streamedHeaders() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            for format in ExportStreamingTests.formats {
                let length = try await client.execute(uri: "/api/export/concepts?format=\(format)", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.eTag] == nil)
                    #expect(r.headers[.contentLength] == nil)
                    #expect(r.headers[.cacheControl] != nil)
                    #expect(r.headers[.vary] == "Accept")
                    return r.body.readableBytes
                }
                #expect(length > 0)
                try await client.execute(uri: "/api/export/concepts?format=\(format)", method: .head) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType] != nil)
                    #expect(r.headers[.contentLength] == String(length))
                    #expect(r.body.readableBytes == 0)
                }
            }
        }
    }

    /// The body leaves in chunks of the configured size, the last one short.
    @Test func chunksAreSentWhenFull() async throws {
        let sizes = Locked<[Int]>([])
        var writer: any ResponseBodyWriter = Recorder(sizes: sizes)
        var chunks = ExportChunks(chunkBytes: 10)
        for _ in 0..<7 {
            chunks.write("abcd")
            try await chunks.sendIfFull(to: &writer)
        }
        try await chunks.send(to: &writer)
        try await chunks.send(to: &writer)
        #expect(sizes.withLockedValue { $0 } == [12, 12, 4])
    }

    /// A reload between the handler's answer and the writing of its body does not change what the
    /// body holds: it reads the catalog that was in service when the request came.
    @Test func aReloadWhileTheBodyIsWrittenDoesNotMixCatalogs() async throws {
        let state = try Self.state(Self.overlapping)
        let table = RouteTable<AppRequestContext>()
        APIRoutes.add(to: table, repository: StoreRepository(state: state), cacheControl: "public")
        let route = try #require(table.routes.first { $0.doc.path == "/api/export/concepts" })
        let context = AppRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(),
                                                                                logger: Logger(label: "test")))
        for format in Self.formats {
            let expected = try Self.wholeBody(state, plural: "concepts", format: format)
            let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost",
                                   path: "/api/export/concepts?format=\(format)&lang=en")
            let response = try await route.handler(Request(head: head, body: .init(buffer: ByteBuffer())), context)
            let current = state.served.dataset
            let changed = try Self.state(Self.overlapping.replacingOccurrences(of: "\"B\"@en", with: "\"Bee\"@en"))
            state.replace(with: changed.served.dataset)
            let body = Locked<[Int]>([])
            let bytes = Locked<[UInt8]>([])
            try await response.body.write(Recorder(sizes: body, bytes: bytes))
            #expect(String(decoding: bytes.withLockedValue { $0 }, as: UTF8.self) == expected)
            #expect(try Self.wholeBody(state, plural: "concepts", format: format) != expected)
            state.replace(with: current)
        }
    }

    /// Serving from an engine, a request reads its own subgraph (`CatalogState.requestCatalog`, set
    /// around the handler by a middleware); the body, written after the handler returned, reads it too.
    @Test func theBodyReadsTheRequestsOwnCatalog() async throws {
        let state = try Self.state(Self.overlapping)
        let own = try Self.state(Self.overlapping.replacingOccurrences(of: "\"B\"@en", with: "\"Bee\"@en"))
        let table = RouteTable<AppRequestContext>()
        APIRoutes.add(to: table, repository: StoreRepository(state: state), cacheControl: "public")
        let route = try #require(table.routes.first { $0.doc.path == "/api/export/concepts" })
        let context = AppRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(),
                                                                                logger: Logger(label: "test")))
        for format in Self.formats {
            let expected = try Self.wholeBody(own, plural: "concepts", format: format)
            let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost",
                                   path: "/api/export/concepts?format=\(format)&lang=en")
            let response = try await CatalogState.$requestCatalog.withValue(own.served) {
                try await route.handler(Request(head: head, body: .init(buffer: ByteBuffer())), context)
            }
            let bytes = Locked<[UInt8]>([])
            try await response.body.write(Recorder(sizes: Locked<[Int]>([]), bytes: bytes))
            #expect(String(decoding: bytes.withLockedValue { $0 }, as: UTF8.self) == expected, "\(format)")
            #expect(try Self.wholeBody(state, plural: "concepts", format: format) != expected)
        }
    }
}

/// A value shared with a body writer.
private final class Locked<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
    func withLockedValue<R>(_ body: (inout Value) -> R) -> R { value.withLock { body(&$0) } }
}

/// A body writer that keeps what it is given.
private struct Recorder: ResponseBodyWriter {
    let sizes: Locked<[Int]>
    var bytes = Locked<[UInt8]>([])

    mutating func write(_ buffer: ByteBuffer) async throws {
        sizes.withLockedValue { $0.append(buffer.readableBytes) }
        bytes.withLockedValue { $0 += Array(buffer.readableBytesView) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
