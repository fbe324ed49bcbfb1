import Catalog
import Foundation
import Testing

/// The official tables, read from `TestMaterial/classifications/` (copies of the staged sources):
/// the catalog's projections must equal their rows, whatever the generator or the views do.
enum OfficialTables {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The rows of a CSV file (RFC 4180: quoted fields, doubled quotes), header first.
    static func csv(_ name: String) throws -> [[String]] {
        let text = try String(contentsOfFile: root + "/TestMaterial/classifications/" + name, encoding: .utf8)
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, afterQuote = false
        for ch in text {
            if quoted {
                if ch == "\"" { quoted = false; afterQuote = true } else { field.append(ch) }
                continue
            }
            switch ch {
            case "\"": if afterQuote { field.append("\"") }; quoted = true; afterQuote = false
            case ",": row.append(field); field = ""; afterQuote = false
            case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.append(ch); afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// NACE Rev. 2 → Rev. 2.1 class pairs of Eurostat's table (the row with no Rev. 2 code kept as ("", code)).
    static func nacePairs() throws -> [(nace2: String, nace21: String)] {
        let rows = try csv("nace2_to_nace21_classes.csv")
        #expect(rows.first == ["nace2_code", "nace21_code", "common_content", "mapping_type"])
        return rows.dropFirst().map { ($0[0], $0[1]) }
    }

    /// The kind of each pair, from the table alone: 1:1, 1:n (Rev. 2 class split), n:1 (merged), n:m.
    static func kinds(_ pairs: [(String, String)]) -> [String: String] {
        var targets: [String: Set<String>] = [:], sources: [String: Set<String>] = [:]
        for (s, t) in pairs { targets[s, default: []].insert(t); sources[t, default: []].insert(s) }
        var out: [String: String] = [:]
        for (s, t) in pairs {
            let split = (targets[s]?.count ?? 0) > 1, merged = (sources[t]?.count ?? 0) > 1
            out[s + " " + t] = split ? (merged ? "n:m" : "1:n") : (merged ? "n:1" : "1:1")
        }
        return out
    }
}

@Suite struct ClassificationHistoryTests {
    let views: CatalogViews
    let history: ClassificationHistory

    init() throws {
        views = try Fixtures.views()
        history = ClassificationHistory.of(views)
    }

    func counts(_ id: String) throws -> [Int] {
        try history.classification(id).levels.sorted { $0.depth < $1.depth }.map(\.itemCount)
    }

    @Test func itemCountsPerLevelAreThePublishedTotals() throws {
        #expect(try counts("nace-r2") == [21, 88, 272, 615])
        #expect(try counts("nace-r2-1") == [22, 87, 287, 651])
        #expect(try counts("naf-r2") == [21, 88, 272, 615, 732])
        #expect(try counts("fr-regions-2015") == [27, 101])
        #expect(try counts("fr-regions-2016") == [18, 101])
        #expect(try history.classification("nace-r2-1").items.count == 1_047)
        #expect(try history.classification("naf-r2").items.count == 1_728)
    }

    @Test func everyNACERev2ClassProjectsOntoTheRowsOfTheOfficialTable() throws {
        let pairs = try OfficialTables.nacePairs().filter { !$0.nace2.isEmpty }
        let kinds = OfficialTables.kinds(pairs.map { ($0.nace2, $0.nace21) })
        let from = try history.classification("nace-r2"), to = try history.classification("nace-r2-1")
        let classes = from.items.filter { $0.depth == 4 }
        #expect(classes.count == 615)
        var expected: [String: Set<String>] = [:]
        for p in pairs { expected[p.nace2, default: []].insert(p.nace21) }
        #expect(expected.count == 615)
        for item in classes {
            let projection = try history.projection(of: item, from: from, to: to)
            #expect(projection.correspondence == "nace-r2-nace-r2-1")
            #expect(Set(projection.targets.map(\.code)) == expected[item.code] ?? [], "\(item.code)")
            #expect(projection.targets.count == expected[item.code]?.count, "\(item.code) has a duplicate target")
            for t in projection.targets {
                #expect(t.kind == kinds[item.code + " " + t.code], "\(item.code) → \(t.code)")
                #expect(t.labels?["en"] != nil, "\(t.code) has its title")
            }
        }
    }

    @Test func everyNACERev21ClassProjectsBackOntoTheRowsOfTheOfficialTable() throws {
        let all = try OfficialTables.nacePairs()
        let pairs = all.filter { !$0.nace2.isEmpty }
        let kinds = OfficialTables.kinds(pairs.map { ($0.nace2, $0.nace21) })
        let from = try history.classification("nace-r2-1"), to = try history.classification("nace-r2")
        let classes = from.items.filter { $0.depth == 4 }
        #expect(classes.count == 651)
        var expected: [String: Set<String>] = [:]
        for p in all { expected[p.nace21, default: []].formUnion(p.nace2.isEmpty ? [] : [p.nace2]) }
        #expect(expected.count == 651)
        #expect(expected["46.89"] == [])
        for item in classes {
            let projection = try history.projection(of: item, from: from, to: to)
            #expect(projection.direction == "target-to-source")
            #expect(Set(projection.targets.map(\.code)) == expected[item.code], "\(item.code)")
            for t in projection.targets {
                // read backwards: a split seen from the Rev. 2.1 side is a merge, and the other way round
                let forward = try #require(kinds[t.code + " " + item.code])
                #expect(t.kind == ClassificationHistory.reversed(forward), "\(item.code) → \(t.code)")
            }
        }
        let unlinked = try history.projection(of: history.item("46.89", in: from), from: from, to: to)
        #expect(unlinked.targets.isEmpty)
        #expect(unlinked.notes?["en"]?.contains("46.89") == true)
    }

    @Test func theKindsOfTheClassPairsAreTheTableCounts() throws {
        let table = try #require(history.correspondence("nace-r2-nace-r2-1"))
        let classes = table.associations.filter { ($0.source.first?.count ?? 0) == 5 }
        var counts: [String: Int] = [:]
        for a in classes { counts[a.kind ?? "?", default: 0] += 1 }
        #expect(counts == ["1:1": 351, "1:n": 129, "n:1": 135, "n:m": 325])
        #expect(classes.filter { $0.sourceFullyCovered == true }.count == 480)
    }

    @Test func theRegionReformTakes27RegionsTo18() throws {
        let rows = try OfficialTables.csv("regions_2015_to_2016.csv").dropFirst()
        #expect(rows.count == 27)
        let old = try history.classification("fr-regions-2015"), new = try history.classification("fr-regions-2016")
        #expect(history.roots(of: old).count == 27 && history.roots(of: new).count == 18)
        var formedFrom: [String: Set<String>] = [:]
        for r in rows {
            let projection = try history.projection(of: history.item("region-" + r[0], in: old), from: old, to: new)
            #expect(projection.targets.map(\.code) == ["region-" + r[2]], "\(r[0])")
            #expect(projection.targets.first?.date == "2016-01-01")
            formedFrom[r[2], default: []].insert("region-" + r[0])
        }
        #expect(formedFrom.count == 18)
        for (code, sources) in formedFrom {
            let item = try history.item("region-" + code, in: new)
            #expect(Set(history.predecessors(of: item, in: new).map(\.code)) == sources, "\(code)")
            #expect(Set(item.replaces.map { String($0.split(separator: "/").last ?? "") }) == sources)
        }
        let grandEst = try history.item("region-44", in: new)
        #expect(grandEst.labels["fr"] == "Grand Est")
        #expect(history.predecessors(of: grandEst, in: new).allSatisfy { $0.kind == "n:1" })
    }

    @Test func versionsByDate() throws {
        let nace2 = try history.classification("nace-r2"), nace21 = try history.classification("nace-r2-1")
        #expect(try history.version(validOn: #require(Day("2020-06-30")), like: nace21).id == "nace-r2")
        #expect(try history.version(validOn: #require(Day("2024-12-31")), like: nace21).id == "nace-r2")
        #expect(try history.version(validOn: #require(Day("2025-01-01")), like: nace2).id == "nace-r2-1")
        #expect(nace21.follows.map(\.id) == ["nace-r2"])
        #expect(nace2.variants.map(\.id) == ["naf-r2"])
        #expect(try history.classification("naf-r2").variantOf.map(\.id) == ["nace-r2"])
        #expect(throws: ClassificationHistoryError.self) { try history.version(validOn: #require(Day("1999-01-01")), like: nace2) }
        do {
            _ = try history.version(validOn: #require(Day("1999-01-01")), like: nace2)
        } catch let error as ClassificationHistoryError {
            #expect(error.description.contains("nace-r2 (2008-01-01 – 2024-12-31)"))
            #expect(error.description.contains("nace-r2-1 (2025-01-01 – )"))
            #expect(!error.isBadRequest)
        }
        let regions2016 = try history.classification("fr-regions-2016")
        #expect(try history.version(validOn: #require(Day("2015-07-14")), like: regions2016).id == "fr-regions-2015")
        #expect(nace21.items.first?.validity == Validity(start: "2025-01-01", end: nil))
    }

    @Test func itemsByCodeOrNotation() throws {
        let regions = try history.classification("fr-regions-2016")
        #expect(try history.item("region-84", in: regions).notation == "84")
        #expect(throws: ClassificationHistoryError.ambiguousCode(code: "84", classification: "fr-regions-2016",
                                                                candidates: ["departement-84", "region-84"])) {
            try history.item("84", in: regions)
        }
        #expect(try history.item("2A", in: regions).code == "departement-2A")
        let nace21 = try history.classification("nace-r2-1")
        #expect(throws: ClassificationHistoryError.unknownItem(code: "62.01", classification: "nace-r2-1",
                                                              elsewhere: ["nace-r2", "naf-r2"])) {
            try history.item("62.01", in: nace21)
        }
        let item = try history.item("62.10", in: nace21)
        #expect(history.ancestors(of: item, in: nace21).map(\.code) == ["K", "62", "62.1"])
        let k = try history.item("K", in: nace21)
        #expect(history.descendants(of: k, in: nace21, depth: 1).map(\.code) == history.children(of: k, in: nace21).map(\.code))
        #expect(history.descendants(of: k, in: nace21, depth: nil).allSatisfy { $0.code.hasPrefix("6") })
    }

    @Test func daysAreParsedStrictly() {
        #expect(Day("2024-02-29")?.description == "2024-02-29")
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "99999-01-01", "2024-1-01", "2024-01-1",
                    "２０２４-01-01", "2024/01/01", "", "*", "2024-04-31", "+024-01-01", "2024-01-01T00:00"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
        #expect(Day("1900-02-29") == nil && Day("2000-02-29") != nil)
        let v = Validity(start: "2008-01-01", end: "2024-12-31")
        #expect(v.contains(Day("2008-01-01")!) && v.contains(Day("2024-12-31")!))
        #expect(!v.contains(Day("2007-12-31")!) && !v.contains(Day("2025-01-01")!))
        #expect(!Validity(start: nil, end: "2024-12-31").contains(Day("2020-01-01")!))
    }
}
