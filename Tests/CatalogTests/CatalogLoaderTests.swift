import Catalog
import Foundation
import RDF
import RDFFormats
import Store
import Testing

@Suite struct CatalogLoaderTests {
    @Test func embeddedCatalogIsFoundFromTheSources() throws {
        let location = try CatalogLocation.embedded()
        #expect(location.catalog.hasSuffix("/Catalog"))
        #expect(location.ontologies.hasSuffix("/Ontologies"))
    }

    @Test func environmentOverridesTheEmbeddedCatalog() throws {
        let dir = try Fixtures.folder(["a.ttl": Fixtures.prefixes + "ex:a ex:p ex:b ."])
        let location = try CatalogLocation.resolve(environment: ["LODESTAT_CATALOG": dir])
        #expect(location.catalog == dir)
        let explicit = try CatalogLocation.resolve(catalog: dir, environment: ["LODESTAT_CATALOG": "/nowhere"])
        #expect(explicit.catalog == dir)
        #expect(throws: CatalogError.self) { try CatalogLocation.resolve(catalog: dir + "/missing") }
    }

    @Test func eachFileGetsItsOwnGraphAndTheUnionIsTheDefaultGraph() throws {
        let cat = try Fixtures.folder([
            "a.ttl": Fixtures.prefixes + "ex:a ex:p ex:b .",
            "sub/b.nt": "<http://example.org/c> <http://example.org/p> <http://example.org/d> .\n",
            "sub/c.nq": "<http://example.org/e> <http://example.org/p> <http://example.org/f> <http://example.org/g> .\n",
            "README.md": "not RDF",
            ".hidden/x.ttl": "broken",
        ])
        let ont = try Fixtures.folder(["v.ttl": Fixtures.prefixes + "ex:p a rdf:Property .", "context.jsonld": "{}"])
        let data = try CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: ont)).load()
        #expect(data.files.map(\.relativeName) == ["ontologies/v.ttl", "catalog/a.ttl", "catalog/sub/b.nt", "catalog/sub/c.nq"])
        let snap = data.snapshot
        #expect(snap.quads(.iri("http://example.org/a"), nil, nil, graph: .some(.iri("urn:lodestat:graph:catalog/a.ttl"))).count == 1)
        #expect(snap.quads(.iri("http://example.org/c"), nil, nil, graph: .some(.iri("urn:lodestat:graph:catalog/sub/b.nt"))).count == 1)
        // A quad with its own graph keeps it.
        #expect(snap.quads(.iri("http://example.org/e"), nil, nil, graph: .some(.iri("http://example.org/g"))).count == 1)
        #expect(snap.defaultGraphCount == 4)
        #expect(data.prefixes.contains(PrefixDeclaration("ex", "http://example.org/")))
    }

    @Test func rdfXmlAndJsonLdFilesLoadByExtension() throws {
        let cat = try Fixtures.folder([
            "x/a.rdf": """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://localhost:8080/id/thing/a"><ex:p>A</ex:p></rdf:Description>
                </rdf:RDF>
                """,
            "y/b.jsonld": """
                {"@context": {"ex": "http://example.org/"}, "@id": "http://localhost:8080/id/thing/b", "ex:p": "B"}
                """,
        ])
        let ont = try Fixtures.folder([:])
        let data = try CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: ont), base: "https://x.org/").load()
        #expect(data.files.map(\.format) == [.rdfxml, .jsonld])
        let a = data.snapshot.quads(.iri("https://x.org/id/thing/a"), nil, nil, graph: .some(.iri("urn:lodestat:graph:catalog/x/a.rdf")))
        #expect(a.map(\.object) == [.string("A")])
        let b = data.snapshot.quads(.iri("https://x.org/id/thing/b"), nil, nil, graph: .some(.iri("urn:lodestat:graph:catalog/y/b.jsonld")))
        #expect(b.map(\.object) == [.string("B")])
    }

    @Test func aBrokenFileFailsTheWholeLoadWithItsPosition() throws {
        let cat = try Fixtures.folder([
            "good.ttl": Fixtures.prefixes + "ex:a ex:p ex:b .",
            "z/bad.ttl": Fixtures.prefixes + "ex:a ex:p ex:b .\nex:c ex:p \"unterminated .\n",
        ])
        let ont = try Fixtures.folder([:])
        let loader = try CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: ont))
        do {
            _ = try loader.load()
            Issue.record("a broken file must fail the load")
        } catch CatalogError.syntax(let error) {
            #expect(error.file == cat + "/z/bad.ttl")
            #expect(error.line == 9)
            #expect(error.description.hasPrefix(cat + "/z/bad.ttl:9:"))
        }
    }

    @Test func aFailedReloadKeepsThePreviousSnapshotInService() throws {
        let cat = try Fixtures.folder(["a.ttl": Fixtures.prefixes + "ex:a ex:p ex:b ."])
        let ont = try Fixtures.folder([:])
        let live = try LiveCatalog(loader: CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: ont)))
        let store = Store(live.dataset.snapshot)
        try (Fixtures.prefixes + "ex:a ex:p .").write(toFile: cat + "/a.ttl", atomically: true, encoding: .utf8)
        #expect(throws: CatalogError.self) { try live.reload() }
        #expect(throws: CatalogError.self) { try live.loader.reload(into: store) }
        #expect(live.dataset.snapshot.defaultGraphCount == 1)
        #expect(store.snapshot.defaultGraphCount == 1)
        try (Fixtures.prefixes + "ex:a ex:p ex:b, ex:c .").write(toFile: cat + "/a.ttl", atomically: true, encoding: .utf8)
        try live.reload()
        #expect(live.dataset.snapshot.defaultGraphCount == 2)
    }

    @Test func iriUnderTheDefaultBaseAreRewrittenToTheConfiguredBase() throws {
        let cat = try Fixtures.folder(["a.ttl": Fixtures.prefixes + """
            <http://localhost:8080/id/series/X> ex:p <http://localhost:8080/id/dataflow/Y> , "http://localhost:8080/id/kept-as-text" ; ex:q <relative> .
            """])
        let ont = try Fixtures.folder([:])
        let loader = try CatalogLoader(location: CatalogLocation(catalog: cat, ontologies: ont),
                                       base: "https://stats.example.fr/")
        let data = try loader.load()
        let quads = data.snapshot.quads(nil, nil, nil, graph: .some(nil))
        #expect(Set(quads.map(\.subject)) == [.iri("https://stats.example.fr/id/series/X")])
        #expect(quads.contains { $0.object == .iri("https://stats.example.fr/id/dataflow/Y") })
        #expect(quads.contains { $0.object == .string("http://localhost:8080/id/kept-as-text") })
        #expect(quads.contains { $0.object == .iri("https://stats.example.fr/relative") })
        #expect(data.prefixes.contains(PrefixDeclaration("id", "https://stats.example.fr/id/")))
        #expect(throws: CatalogError.self) { try CatalogLoader(location: loader.location, base: "not-a-base") }
        #expect(throws: CatalogError.self) { try CatalogLoader(location: loader.location, base: "http://x.org/no-slash") }
    }

    @Test func theShippedCatalogLoads() throws {
        let data = try Fixtures.shipped()
        #expect(data.files.count >= 50)
        #expect(data.files.contains { $0.relativeName == "catalog/classifications/nace-r2.ttl" })
        #expect(data.graphs(.shapes).count == 7)
        #expect(data.snapshot.namedGraphs.count == data.files.count)
        #expect(data.snapshot.defaultGraphCount > 10_000)
    }
}
