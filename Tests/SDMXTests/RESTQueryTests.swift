import SDMX
import Testing

@Suite struct RESTQueryParsingTests {
    @Test func v1DefaultsAndJoins() throws {
        let q = try StructureQueryParser.parseV1(path: "/codelist/SDMX+INSEE/CL_FREQ/latest/A+M")
        #expect(q.types == [.codelist])
        #expect(q.agencies == .values(["SDMX", "INSEE"]))
        #expect(q.ids == .values(["CL_FREQ"]))
        #expect(q.versions == .latest)
        #expect(q.items == .values(["A", "M"]))
        let d = try StructureQueryParser.parseV1(path: "dataflow")
        #expect(d.agencies == .all && d.ids == .all && d.versions == .latest)
        let all = try StructureQueryParser.parseV1(path: "/datastructure/all/all/all/", parameters: ["references": "children"])
        #expect(all.versions == .all && all.references == .children)
    }

    @Test func v2Wildcards() throws {
        let q = try StructureQueryParser.parseV2(path: "/structure/codelist,conceptscheme/*/CL_FREQ,CS_LODESTAT/~/")
        #expect(q.types == [.codelist, .conceptScheme])
        #expect(q.agencies == .all)
        #expect(q.versions == .latest)
        #expect(try StructureQueryParser.parseV2(path: "structure/dataflow/INSEE/DF_CPI/+").versions == .latestStable)
        #expect(try StructureQueryParser.parseV2(path: "structure/*").types.count == ArtefactType.allCases.count)
        #expect(try StructureQueryParser.parseV2(path: "structure/dataflow/*/*/*", parameters: ["references": "ancestors"]).references == .ancestors)
    }

    static let badV1: [(String, [String: String], Int)] = [
        ("/nonsense/A", [:], 400),
        ("/hierarchicalcodelist/all", [:], 501),
        ("/codelist/A++B", [:], 400),
        ("/codelist", ["detail": "raw"], 400),
        ("/codelist", ["detail": "bogus"], 400),
        ("/codelist", ["references": "bogus"], 400),
        ("/codelist", ["foo": "bar"], 400),
        ("/codelist/a/b/c/d/e", [:], 400),
    ]

    @Test(arguments: badV1.indices)
    func v1Refusals(_ i: Int) {
        let (path, params, status) = Self.badV1[i]
        #expect { try StructureQueryParser.parseV1(path: path, parameters: params) } throws: { e in
            (e as? StructureQueryError)?.status == status
        }
    }

    @Test func v2Refusals() {
        #expect(throws: StructureQueryError.self) { try StructureQueryParser.parseV2(path: "/codelist/A") }
        #expect { try StructureQueryParser.parseV2(path: "/structure/codelist/A/B/1+.0.0") } throws: { ($0 as? StructureQueryError)?.status == 501 }
    }

    /// Only item schemes have items: naming items of another type selects nothing (404 on v1,
    /// 204 on v2), as any other query that matches nothing, rather than refusing a valid path.
    @Test func itemsOfTypesWithoutItemsSelectNothing() throws {
        #expect(try StructureQueryParser.parseV1(path: "/dataflow/INSEE/DF_CPI/1.0/X").types.isEmpty)
        #expect(try StructureQueryParser.parseV2(path: "/structure/dataflow/A/B/1.0/X").types.isEmpty)
        #expect(try StructureQueryParser.parseV1(path: "/structure/all/all/latest/X").types == [.codelist, .conceptScheme, .categoryScheme])
    }
}

@Suite struct RESTQueryResolutionTests {
    static func resolver() throws -> StructureQueryResolver {
        StructureQueryResolver(catalog: try SDMXTestSupport.catalogMessage())
    }

    @Test func v1NoResultIs404AndV2Is204() throws {
        let r = try Self.resolver()
        #expect(r.answer(api: .v1, path: "/codelist/NOBODY").status == 404)
        #expect(r.answer(api: .v2, path: "/structure/codelist/NOBODY").status == 204)
        #expect(r.answer(api: .v1, path: "/codelist/SDMX/CL_FREQ/latest/NOPE").status == 404)
        #expect(r.answer(api: .v1, path: "/bogus").status == 400)
    }

    @Test func itemQueryKeepsSelectedCodes() throws {
        let r = try Self.resolver().answer(api: .v1, path: "/codelist/SDMX/CL_FREQ/latest/A+M")
        #expect(r.status == 200)
        #expect(r.message?.codelists.first?.codes.map(\.id) == ["A", "M"])
    }

    @Test func dataflowWithDescendants() throws {
        let r = try Self.resolver().answer(api: .v1, path: "/dataflow/INSEE/DF_CPI", parameters: ["references": "descendants"])
        let m = try #require(r.message)
        #expect(m.dataflows.map(\.identity.id) == ["DF_CPI"])
        #expect(m.dataStructures.map(\.identity.id) == ["DSD_CPI"])
        #expect(Set(m.codelists.map(\.identity.id)).isSuperset(of: ["CL_FREQ", "CL_AREA", "CL_COICOP"]))
        #expect(m.conceptSchemes.map(\.identity.id) == ["CS_LODESTAT"])
        #expect(m.categorisations.isEmpty)
    }

    @Test func codelistParents() throws {
        let r = try Self.resolver().answer(api: .v2, path: "/structure/codelist/SDMX/CL_FREQ/~", parameters: ["references": "parents"])
        let m = try #require(r.message)
        #expect(m.dataStructures.count == 4)
        #expect(m.dataflows.isEmpty)
        let all = try Self.resolver().answer(api: .v2, path: "/structure/codelist/SDMX/CL_FREQ/~", parameters: ["references": "ancestors"])
        #expect(all.message?.dataflows.count == 4)
        let catalog = try SDMXTestSupport.catalogMessage()
        #expect(all.message?.categorisations.count == catalog.categorisations.count)
    }

    @Test func referencesOfOneType() throws {
        let r = try Self.resolver().answer(api: .v1, path: "/dataflow/INSEE/DF_CPI", parameters: ["references": "codelist"])
        let m = try #require(r.message)
        #expect(m.dataStructures.isEmpty)
        #expect(m.codelists.contains { $0.identity.id == "CL_COICOP" })
    }

    @Test func versionSelection() {
        #expect(StructureQueryResolver.versionLess("1.9", "1.10"))
        #expect(!StructureQueryResolver.versionLess("2.0", "1.10"))
        let v1 = Codelist(identity: MaintainableIdentity(agencyID: "A", id: "CL", version: "1.0"), names: InternationalString())
        var v2 = v1; v2.identity.version = "1.10"; v2.identity.isFinal = false
        let r = StructureQueryResolver(catalog: StructureMessage(codelists: [v1, v2]))
        #expect(r.answer(api: .v2, path: "/structure/codelist/A/CL/~").message?.codelists.map(\.identity.version) == ["1.10"])
        #expect(r.answer(api: .v2, path: "/structure/codelist/A/CL/+").message?.codelists.map(\.identity.version) == ["1.0"])
        #expect(r.answer(api: .v1, path: "/codelist/A/CL/all").message?.codelists.count == 2)
        #expect(r.answer(api: .v1, path: "/codelist/A/CL/1.0").message?.codelists.map(\.identity.version) == ["1.0"])
    }
}

/// Paths as real clients send them (see TestMaterial/sdmx/README.md).
@Suite struct RESTClientPathTests {
    @Test func pysdmxTrailingSlashAndWildcardItem() throws {
        let r = try RESTQueryResolutionTests.resolver()
        let v1 = r.answer(api: .v1, path: "/dataflow/INSEE/DF_CPI/latest/all/")
        #expect(v1.status == 200)
        #expect(v1.message?.dataflows.map(\.identity.id) == ["DF_CPI"])
        let v2 = r.answer(api: .v2, path: "/structure/dataflow/INSEE/DF_CPI/~/*/", parameters: ["references": "none"])
        #expect(v2.status == 200)
        let items = r.answer(api: .v2, path: "/structure/codelist/SDMX/CL_FREQ/+/A,M/")
        #expect(items.message?.codelists.first?.codes.map(\.id) == ["A", "M"])
    }

    @Test func sdmx1StyleQueries() throws {
        let r = try RESTQueryResolutionTests.resolver()
        let flows = r.answer(api: .v1, path: "/dataflow/INSEE/all/latest", parameters: ["references": "none", "detail": "full"])
        #expect(flows.message?.dataflows.count == 4)
        let dsd = r.answer(api: .v1, path: "/datastructure/INSEE/DSD_CPI", parameters: ["references": "all"])
        let m = try #require(dsd.message)
        #expect(m.dataflows.map(\.identity.id) == ["DF_CPI"])
        #expect(!m.codelists.isEmpty && !m.conceptSchemes.isEmpty)
        #expect(m.categorisations.isEmpty)  // siblings of parents, not grand-parents
    }
}
