import Server
import Testing

@Suite("Content and language negotiation (pure functions, real headers)")
struct NegotiationTests {
    typealias Offer = ContentNegotiation.Offer
    static let linkedData: [Offer] = [.rdf(.turtle), .rdf(.jsonld), .rdf(.ntriples), .rdf(.rdfxml), .html]
    static let results: [Offer] = [.results(.json), .results(.xml), .results(.csv), .results(.tsv)]
    static let sdmx: [Offer] = [
        Offer("application/vnd.sdmx.structure+xml;version=2.1", formatNames: ["sdmx-ml"]),
        Offer("application/vnd.sdmx.structure+json;version=1.0", formatNames: ["sdmx-json"]),
    ]

    static let cases: [(name: String, accept: String?, offers: [Offer], expected: String?)] = [
        ("curl */*", "*/*", linkedData, "text/turtle"),
        ("no Accept", nil, linkedData, "text/turtle"),
        ("empty Accept", "", linkedData, "text/turtle"),
        ("Firefox", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", linkedData, "text/html"),
        ("Chrome", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", linkedData, "text/html"),
        ("Safari", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", linkedData, "text/html"),
        ("rdflib", "application/rdf+xml, text/rdf+n3, application/xhtml+xml;q=0.5, text/html;q=0.3", linkedData, "application/rdf+xml"),
        ("Jena RIOT", "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5", linkedData, "text/turtle"),
        ("q-values order", "text/turtle;q=0.4, application/ld+json;q=0.9", linkedData, "application/ld+json"),
        ("q=0 excludes", "text/turtle;q=0, */*;q=0.1", linkedData, "application/ld+json"),
        ("specific beats wildcard", "text/*;q=1, text/turtle;q=0.2", linkedData, "text/html"),
        ("type wildcard", "application/*", linkedData, "application/ld+json"),
        ("charset ignored", "application/n-triples; charset=utf-8", linkedData, "application/n-triples"),
        ("case-insensitive", "Text/Turtle", linkedData, "text/turtle"),
        ("alias application/xml", "application/xml", linkedData, "application/rdf+xml"),
        ("nothing fits", "image/png", linkedData, nil),
        ("all excluded", "*/*;q=0", linkedData, nil),
        ("malformed ignored", "garbage, text/html", linkedData, "text/html"),
        ("SPARQLWrapper JSON", "application/sparql-results+json,application/json,text/javascript,application/javascript", results, "application/sparql-results+json"),
        ("SPARQLWrapper XML", "application/sparql-results+xml", results, "application/sparql-results+xml"),
        ("rdflib SPARQLStore", "application/sparql-results+xml", results, "application/sparql-results+xml"),
        ("csv", "text/csv", results, "text/csv"),
        ("plain json alias", "application/json", results, "application/sparql-results+json"),
        ("SDMX 2.1 structure", "application/vnd.sdmx.structure+xml;version=2.1", sdmx, "application/vnd.sdmx.structure+xml;version=2.1"),
        ("SDMX json", "application/vnd.sdmx.structure+json;version=1.0;q=1, application/xml;q=0.5", sdmx, "application/vnd.sdmx.structure+json;version=1.0"),
        ("SDMX wrong version", "application/vnd.sdmx.structure+xml;version=3.0", sdmx, nil),
        ("SDMX no version", "application/vnd.sdmx.structure+xml", sdmx, "application/vnd.sdmx.structure+xml;version=2.1"),
        ("SDMX data type", "application/vnd.sdmx.genericdata+xml;version=2.1", sdmx, nil),
    ]

    @Test(arguments: cases.indices)
    func acceptHeaders(_ i: Int) {
        let c = Self.cases[i]
        let outcome = ContentNegotiation.negotiate(accept: c.accept, offers: c.offers)
        switch outcome {
        case .chosen(let index): #expect(c.offers[index].mediaType == c.expected, "\(c.name)")
        default: #expect(c.expected == nil, "\(c.name): \(outcome)")
        }
    }

    @Test func formatOverrideWinsOverAccept() {
        let o = Self.linkedData
        #expect(ContentNegotiation.negotiate(accept: "text/html", format: "ttl", offers: o) == .chosen(0))
        #expect(ContentNegotiation.negotiate(accept: "text/html", format: "jsonld", offers: o) == .chosen(1))
        #expect(ContentNegotiation.negotiate(accept: nil, format: "nt", offers: o) == .chosen(2))
        #expect(ContentNegotiation.negotiate(accept: nil, format: "rdf", offers: o) == .chosen(3))
        #expect(ContentNegotiation.negotiate(accept: nil, format: "application/rdf+xml", offers: o) == .chosen(3))
        #expect(ContentNegotiation.negotiate(accept: nil, format: "yaml", offers: o) == .unknownFormat("yaml"))
        #expect(ContentNegotiation.negotiate(accept: nil, format: "csv", offers: Self.results) == .chosen(2))
    }

    @Test func mediaRangeParsing() throws {
        let r = try #require(MediaRange("application/vnd.sdmx.data+json; version=\"2.0\" ; q=0.7"))
        #expect(r.type == "application" && r.subtype == "vnd.sdmx.data+json")
        #expect(r.parameters["version"] == "2.0")
        #expect(r.quality == 0.7)
        #expect(MediaRange("*/html") == nil)
        #expect(MediaRange("text") == nil)
        #expect(MediaRange("text/html;q=7")?.quality == 1)
    }

    static let languages: [(accept: String?, lang: String?, expected: String)] = [
        ("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", nil, "fr"),
        ("en-GB,en;q=0.9", nil, "en"),
        ("de-DE,de;q=0.9", nil, "en"),
        ("de, *;q=0.5", nil, "en"),
        ("en;q=0, fr", nil, "fr"),
        ("en-US,en;q=0.5,fr;q=0.9", nil, "en"),
        ("fr-CA;q=0.8, en;q=0.3", nil, "fr"),
        (nil, nil, "en"),
        ("en", "fr", "fr"),
        ("fr", "EN-gb", "en"),
        ("fr", "de", "fr"),
    ]

    @Test(arguments: languages.indices)
    func acceptLanguage(_ i: Int) {
        let c = Self.languages[i]
        #expect(LanguageNegotiation.choose(acceptLanguage: c.accept, lang: c.lang) == c.expected)
    }
}
