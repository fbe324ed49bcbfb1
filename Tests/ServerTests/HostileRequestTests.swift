import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Testing

/// Issue #14's attack classes as regressions: numbers a request carries are parsed against their
/// bounds (a 400 problem naming the parameter, never a trap), closed vocabularies refuse other
/// values, and limits the client's request reaches are 4xx.
@Suite struct HostileRequestTests {
    static func status(_ uri: String, method: HTTPRequest.Method = .get) async throws -> (Int, String) {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: uri, method: method) { ($0.status.code, $0.text) }
        }
    }

    @Test(arguments: [
        "/api/events?offset=9223372036854775807", "/api/events?offset=9223372036854775807&limit=1000",
        "/api/series?offset=-1", "/api/series?limit=1001", "/api/series?limit=-9223372036854775808",
        "/api/series?limit=1e3", "/api/series?limit=", "/api/series?offset=18446744073709551616",
        "/api/search?q=x&offset=99999999999999999999", "/api/search?q=x&limit=%2B5",
        "/api/classifications/nace-r2/items?level=99999999999999999999", "/api/classifications/nace-r2/items?level=0",
        "/api/events?asOf=2024-13-01", "/api/events?from=24", "/api/series?lang=de", "/id/organisation/insee?format=TTL",
        "/api/search?q=x&kind=series,,concept", "/api/search?q=", "/api/search",
        "/sdmx/v2/structure/codelist/SDMX/CL_FREQ/1.x+",
        "/sparql?format=image/png",
    ])
    func outOfBoundsParametersAre400(_ uri: String) async throws {
        let (status, text) = try await Self.status(uri)
        #expect(status == 400, "\(uri) → \(status) \(text)")
        #expect(text.contains("\"status\":400") || text.contains("<mes:ErrorMessage code=\"140\""), "\(uri): \(text)")
    }

    @Test func deepestPageHasNoNextLinkAndNoTrap() async throws {
        let (status, text) = try await Self.status("/api/events?offset=1000000000&limit=1000")
        #expect(status == 200)
        #expect(text.contains("\"items\":[]"))
        #expect(!text.contains("\"next\""))
        #expect(text.contains("offset=999999000"))
    }

    @Test func pagingArithmeticCannotOverflow() throws {
        let paging = try? Paging([("limit", "1000"), ("offset", "1000000000")])
        let page = try #require(paging)
        #expect(page.range(in: 10) == 10..<10)
        let extreme = Paging(limit: Int.max, offset: Int.max)
        #expect(extreme.range(in: 5) == 5..<5)
        let links = extreme.links(path: "/api/x", query: [], total: 3)
        #expect(links.next == nil)
        #expect(links.prev != nil)
    }

    @Test func itemQueriesOnTypesWithoutItemsFindNothing() async throws {
        let (status, _) = try await Self.status("/sdmx/v1/dataflow/all/all/latest/CPI")
        #expect(status == 404)
    }

    @Test func parameterConstraintsAgreeWithTheirSchemas() throws {
        #expect(ParameterConstraint.parseInteger("9223372036854775807") == nil)
        #expect(ParameterConstraint.parseInteger("-12") == -12)
        #expect(ParameterConstraint.parseInteger("+1") == nil)
        #expect(ParameterConstraint.parseInteger("") == nil)
        #expect(ParameterConstraint.datePrefix.violation("2024-02-29") == nil)
        #expect(ParameterConstraint.datePrefix.violation("2024-2-29") != nil)
        for value in ["2024", "2024-01", "2024-12-31", "2024-00", "2024-01-32", "24", "2024-01-01T00"] {
            let ours = ParameterConstraint.datePrefix.violation(value) == nil
            let regex = PatternCache.matches(ParameterConstraint.datePattern, value)
            #expect(ours == regex, "\(value): validator \(ours), pattern \(regex)")
        }
        // Every pattern a route declares compiles (a pattern that does not would refuse every value).
        let table = buildRouteTable(configuration: ServerConfiguration(), state: try CatalogState(dataset: TestCatalog.tiny()),
                                    metrics: ServerMetrics())
        var patterns = 0
        for doc in table.docs {
            for p in doc.parameters {
                if case .pattern(let pattern, let example) = p.constraint {
                    patterns += 1
                    #expect(PatternCache.regex(pattern) != nil, "\(doc.path) \(p.name): \(pattern) does not compile")
                    #expect(p.constraint.violation(example) == nil, "\(doc.path) \(p.name): example \(example)")
                }
            }
        }
        #expect(patterns >= 8)
    }
}
