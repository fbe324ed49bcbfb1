import Foundation
import Hummingbird
import HummingbirdTesting
import RDFFormats
import Server
import Testing

@Suite("SDMX REST structure routes")
struct SDMXRouteTests {
    static let xml21 = "application/vnd.sdmx.structure+xml;version=2.1"
    static let xml30 = "application/vnd.sdmx.structure+xml;version=3.0.0"
    static let json10 = "application/vnd.sdmx.structure+json;version=1.0.0"
    static let json20 = "application/vnd.sdmx.structure+json;version=2.0.0"

    struct Answer {
        var status: Int
        var contentType: String?
        var etag: String?
        var body: String
    }

    /// Sends each request in turn to one application over the embedded catalog.
    static func get(_ requests: [(uri: String, accept: String?)], method: HTTPRequest.Method = .get) async throws -> [Answer] {
        try await TestCatalog.catalogApplication().test(.router) { client in
            var answers: [Answer] = []
            for r in requests {
                let headers: HTTPFields = r.accept.map { [.accept: $0] } ?? [:]
                answers.append(try await client.execute(uri: r.uri, method: method, headers: headers) { res in
                    Answer(status: Int(res.status.code), contentType: res.headers[.contentType], etag: res.headers[.eTag],
                           body: res.text)
                })
            }
            return answers
        }
    }

    static func get(_ uri: String, accept: String? = nil) async throws -> Answer {
        try await get([(uri, accept)])[0]
    }

    /// `id` attributes of the `<str:{element}>` elements of an SDMX-ML answer.
    static func ids(_ element: String, in xml: String) -> [String] {
        xml.components(separatedBy: "<str:\(element) ").dropFirst().compactMap { tail in
            tail.components(separatedBy: "id=\"").dropFirst().first?.components(separatedBy: "\"").first
        }
    }

    @Test func codelistDefaultsToSDMXML21AndValidates() async throws {
        for accept in [nil, "*/*", "application/xml", "text/xml"] as [String?] {
            let a = try await Self.get("/sdmx/v1/codelist/SDMX/CL_FREQ", accept: accept)
            #expect(a.status == 200)
            #expect(a.contentType == Self.xml21, "Accept \(accept ?? "none")")
        }
        let a = try await Self.get("/sdmx/v1/codelist/SDMX/CL_FREQ/latest")
        #expect(Self.ids("Codelist", in: a.body) == ["CL_FREQ"])
        #expect(Self.ids("Code", in: a.body).contains("A") && Self.ids("Code", in: a.body).contains("M"))
        #expect(a.body.contains("<com:Name xml:lang=\"fr\">"))
        try ExternalTools.expectValidSDMXML(a.body, schemaFolder: "v2_1", "codelist CL_FREQ")
    }

    @Test func codelistAsSDMXJSON() async throws {
        let a = try await Self.get("/sdmx/v1/codelist/SDMX/CL_FREQ", accept: "application/json")
        #expect(a.contentType == Self.json10)
        let lists = try JSONParser().parse(a.body)["data"]?["codelists"]?.arrayValue
        #expect(lists?.count == 1)
        #expect(lists?.first?["id"]?.stringValue == "CL_FREQ")
        let v2 = try await Self.get("/sdmx/v2/structure/codelist/SDMX/CL_FREQ")
        #expect(v2.contentType == Self.json20, "REST 2 defaults to SDMX-JSON 2.0.0")
        #expect(try JSONParser().parse(v2.body)["data"]?["codelists"]?.arrayValue?.first?["id"]?.stringValue == "CL_FREQ")
    }

    @Test func conceptSchemeInBothLanguages() async throws {
        let a = try await Self.get("/sdmx/v1/conceptscheme/INSEE/CS_LODESTAT/1.0")
        #expect(a.status == 200)
        #expect(Self.ids("ConceptScheme", in: a.body) == ["CS_LODESTAT"])
        #expect(!Self.ids("Concept", in: a.body).isEmpty)
        #expect(a.body.contains("xml:lang=\"fr\"") && a.body.contains("xml:lang=\"en\""))
        try ExternalTools.expectValidSDMXML(a.body, schemaFolder: "v2_1", "concept scheme")
    }

    @Test func dataflowWithAllReferences() async throws {
        let a = try await Self.get("/sdmx/v1/dataflow/INSEE/DF_CPI/latest?references=all")
        #expect(a.status == 200)
        #expect(Self.ids("Dataflow", in: a.body) == ["DF_CPI"])
        #expect(Self.ids("DataStructure", in: a.body) == ["DSD_CPI"])
        #expect(Self.ids("Codelist", in: a.body).contains("CL_FREQ"))
        #expect(!Self.ids("ConceptScheme", in: a.body).isEmpty)
        #expect(Self.ids("Categorisation", in: a.body) == ["CAT_DF_CPI_PRI"])
        try ExternalTools.expectValidSDMXML(a.body, schemaFolder: "v2_1", "dataflow references=all")
        let none = try await Self.get("/sdmx/v1/dataflow/INSEE/DF_CPI")
        #expect(Self.ids("DataStructure", in: none.body).isEmpty && Self.ids("Codelist", in: none.body).isEmpty)
    }

    @Test func dataStructureInSDMXML30() async throws {
        let a = try await Self.get("/sdmx/v2/structure/datastructure/INSEE/DSD_CPI/~?references=children", accept: Self.xml30)
        #expect(a.status == 200)
        #expect(a.contentType == Self.xml30)
        #expect(Self.ids("DataStructure", in: a.body) == ["DSD_CPI"])
        #expect(!Self.ids("Codelist", in: a.body).isEmpty)
        try ExternalTools.expectValidSDMXML(a.body, schemaFolder: "v3_0_1-develop", "data structure 3.0")
        let byFormat = try await Self.get("/sdmx/v1/datastructure/INSEE/DSD_CPI?format=structure&formatVersion=3.0.0")
        #expect(byFormat.contentType == Self.xml30)
    }

    @Test func latestAndExplicitVersionsAgree() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist/SDMX/CL_FREQ/latest", nil), ("/sdmx/v1/codelist/SDMX/CL_FREQ/1.0", nil),
                                    ("/sdmx/v2/structure/codelist/SDMX/CL_FREQ/~", Self.xml21),
                                    ("/sdmx/v2/structure/codelist/SDMX/CL_FREQ/%2B", Self.xml21)])
        #expect(a.allSatisfy { $0.status == 200 })
        #expect(a[0].body == a[1].body && a[1].body == a[2].body && a[2].body == a[3].body)
    }

    @Test func wildcardsAndLists() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist/SDMX+ESTAT/all/latest", nil),
                                    ("/sdmx/v2/structure/codelist/SDMX%2CESTAT/*/~", Self.xml21),
                                    ("/sdmx/v2/structure/*/INSEE/DF_CPI,DSD_CPI", Self.xml21),
                                    ("/sdmx/v1/structure/INSEE/DF_CPI", nil)])
        let agencies = Set(a[0].body.components(separatedBy: "agencyID=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        #expect(agencies == ["SDMX", "ESTAT"])
        #expect(Self.ids("Codelist", in: a[0].body).contains("NACE_R2"))
        #expect(a[0].body == a[1].body)
        #expect(Self.ids("Dataflow", in: a[2].body) == ["DF_CPI"] && Self.ids("DataStructure", in: a[2].body) == ["DSD_CPI"])
        #expect(Self.ids("Dataflow", in: a[3].body) == ["DF_CPI"])
    }

    @Test func itemQueryKeepsTheSelectedCodes() async throws {
        let a = try await Self.get("/sdmx/v1/codelist/SDMX/CL_FREQ/latest/A+M")
        #expect(Self.ids("Code", in: a.body) == ["A", "M"])
    }

    @Test func noMatchIs404OnV1And204OnV2() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist/SDMX/CL_NOPE", nil), ("/sdmx/v1/codelist/SDMX/CL_NOPE", "application/json"),
                                    ("/sdmx/v2/structure/codelist/SDMX/CL_NOPE", nil)])
        #expect(a[0].status == 404)
        #expect(a[0].body.contains("<mes:ErrorMessage code=\"100\">"))
        try ExternalTools.expectValidSDMXML(a[0].body, schemaFolder: "v2_1", "SDMX-ML error message")
        #expect(a[1].status == 404 && a[1].contentType == "application/problem+json")
        #expect(a[1].body.contains("\"status\":404"))
        #expect(a[2].status == 204 && a[2].body.isEmpty)
    }

    @Test func malformedQueriesAre400() async throws {
        let a = try await Self.get([("/sdmx/v1/nonsense", nil), ("/sdmx/v1/codelist?references=bogus", "application/json"),
                                    ("/sdmx/v2/structure/codelist/A%2C%2CB", nil), ("/sdmx/v1/codelist/SDMX/CL_FREQ/latest?detail=", nil)])
        #expect(a.allSatisfy { $0.status == 400 })
        #expect(a[0].body.contains("code=\"140\"") && a[0].body.contains("nonsense"))
        #expect(a[1].contentType == "application/problem+json" && a[1].body.contains("bogus"))
        #expect(a[2].contentType == "application/problem+json")
    }

    @Test func unsupportedFeaturesAre501() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist?references=hierarchicalcodelist", "application/json"),
                                    ("/sdmx/v2/structure/hierarchy", nil), ("/sdmx/v1/hierarchicalcodelist", nil)])
        #expect(a.allSatisfy { $0.status == 501 })
        #expect(a[0].body.contains("hierarchicalcodelist"))
        #expect(a[2].body.contains("code=\"501\""))
    }

    /// Every `detail` value is served, in each format; stubs carry `isExternalReference` and no
    /// items or components, the match stays full for the `reference…` values.
    @Test(arguments: ["allstubs", "referencestubs", "allcompletestubs", "referencecompletestubs", "referencepartial"])
    func detailValuesAreServed(_ detail: String) async throws {
        let v1 = "/sdmx/v1/dataflow/INSEE/DF_CPI/latest?references=all&detail=\(detail)"
        let v2 = "/sdmx/v2/structure/dataflow/INSEE/DF_CPI/~?references=all&detail=\(detail)"
        let a = try await Self.get([(v1, Self.xml21), (v2, Self.xml30), (v1, Self.json10), (v2, Self.json20)])
        #expect(a.allSatisfy { $0.status == 200 })
        #expect(Self.ids("Dataflow", in: a[0].body) == ["DF_CPI"] && Self.ids("DataStructure", in: a[0].body) == ["DSD_CPI"])
        let stubs = detail.hasSuffix("stubs")
        #expect(a[0].body.contains("isExternalReference=\"true\"") == stubs)
        #expect(a[0].body.contains("<str:Code ") == !stubs)
        #expect(a[0].body.contains("<str:DataStructureComponents>") == (detail == "referencepartial"))
        #expect(a[0].body.contains("<str:Structure>") == !detail.hasPrefix("all"))
        #expect(a[2].body.filter { !$0.isWhitespace }.contains("\"isExternalReference\":true") == stubs)
        try ExternalTools.expectValidSDMXML(a[0].body, schemaFolder: "v2_1", "detail=\(detail) 2.1")
        try ExternalTools.expectValidSDMXML(a[1].body, schemaFolder: "v3_0_1-develop", "detail=\(detail) 3.0")
    }

    @Test func referencePartialKeepsTheDataStructureFull() async throws {
        let a = try await Self.get("/sdmx/v1/datastructure/INSEE/DSD_CPI/latest?references=children&detail=referencepartial")
        #expect(a.status == 200)
        #expect(a.body.contains("<str:DataStructureComponents>") && a.body.contains("<str:Code "))
        #expect(!a.body.contains("isExternalReference"))
        let full = try await Self.get("/sdmx/v1/datastructure/INSEE/DSD_CPI/latest?references=children")
        #expect(Self.ids("Concept", in: a.body).count <= Self.ids("Concept", in: full.body).count)
        try ExternalTools.expectValidSDMXML(a.body, schemaFolder: "v2_1", "referencepartial")
    }

    @Test func nothingAcceptableIs406() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist", "image/png"), ("/sdmx/v2/structure/codelist", "application/vnd.sdmx.genericdata+xml;version=2.1"),
                                    ("/sdmx/v1/codelist?format=structure&formatVersion=2.0.0", nil)])
        #expect(a.allSatisfy { $0.status == 406 && $0.contentType == "application/problem+json" })
        // A format outside the parameter's enum is malformed, not unacceptable.
        let yaml = try await Self.get("/sdmx/v1/codelist?format=yaml")
        #expect(yaml.status == 400)
        #expect(a[0].body.contains(Self.xml21) && a[0].body.contains(Self.json20))
    }

    @Test func qualityValuesPickTheRepresentation() async throws {
        let a = try await Self.get([("/sdmx/v1/codelist/SDMX/CL_FREQ", "\(Self.xml21);q=0.5, \(Self.json20)"),
                                    ("/sdmx/v2/structure/codelist/SDMX/CL_FREQ", "application/vnd.sdmx.structure+xml"),
                                    ("/sdmx/v2/structure/codelist/SDMX/CL_FREQ", "application/xml")])
        #expect(a[0].contentType == Self.json20)
        #expect(a[1].contentType == Self.xml30 && a[2].contentType == Self.xml30)
    }

    @Test func etagGives304AndHeadHasNoBody() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            let uri = "/sdmx/v1/codelist/SDMX/CL_FREQ"
            let tag = try await client.execute(uri: uri, method: .get) { r in r.headers[.eTag] }
            let etag = try #require(tag)
            try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag]) { r in #expect(r.status == .notModified) }
            try await client.execute(uri: uri, method: .get, headers: [.accept: "application/json", .ifNoneMatch: etag]) { r in
                #expect(r.status == .ok, "another representation has another ETag")
            }
            try await client.execute(uri: uri, method: .head) { r in
                #expect(r.status == .ok && r.body.readableBytes == 0 && r.headers[.eTag] == etag)
            }
        }
    }
}
