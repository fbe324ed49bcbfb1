import Foundation
import RDF
import RDFFormats
import Testing
import W3CTestSuite
@testable import SPARQL

/// The W3C SPARQL 1.1 results-format suite (csv-tsv-res, json-res), one test case per manifest entry.
///
/// The entries are query-evaluation tests; this suite checks the result-format half of each:
/// the expected result is read with our reader, written back with our writer for the entry's format,
/// and compared with the expected file. A CSV entry (CSV is lossy) takes its table from the entry of
/// the same manifest that has the same query and data and a lossless (TSV/JSON/XML) result.
/// Running the queries themselves belongs to the SPARQL evaluation suite.
@Suite struct W3CResultFormatTests {
    static let manifest = "sparql/sparql11/manifest-sparql11-results.ttl"
    /// Entries skipped, each with its reason (none at present).
    static let skipped: [String: String] = [:]

    static let entries: [ManifestEntry] = (try? Manifest.load(w3cRelativePath: manifest)) ?? []

    @Test func suiteIsPresent() throws {
        let loaded = try Manifest.load(w3cRelativePath: Self.manifest)
        #expect(loaded.count == 10, "expected the 6 csv-tsv-res and 4 json-res entries, found \(loaded.count)")
    }

    @Test(arguments: entries)
    func resultFormat(_ entry: ManifestEntry) throws {
        if let reason = Self.skipped[entry.id] { print("skipped \(entry.name): \(reason)"); return }
        let resultPath = try #require(entry.resultPath, "\(entry.name) has no local result file")
        let ext = String(resultPath.split(separator: ".").last ?? "")
        let format = try #require(SPARQLResultsFormat(fileExtension: ext), "unknown result format .\(ext)")
        let expectedText = try String(contentsOfFile: resultPath, encoding: .utf8)
        switch format {
        case .csv:
            let table = try losslessSibling(of: entry)
            let written = try SPARQLResultsCSVWriter().string(table)
            #expect(written.hasSuffix("\r\n"), "CSV lines must end with CRLF")
            try ResultTextComparison.expectSameFields(written, expectedText, separator: ",", entry.name)
        case .tsv:
            let expected = try SPARQLResultsTSVReader().read(expectedText)
            let written = try SPARQLResultsTSVWriter().string(expected)
            #expect(try SPARQLResultsTSVReader().read(written).isEquivalent(to: expected, ordered: true))
            try ResultTextComparison.expectSameFields(written, expectedText, separator: "\t", entry.name)
        case .json:
            let expected = try SPARQLResultsJSONReader().read(expectedText)
            let written = try SPARQLResultsJSONWriter().string(expected)
            #expect(try SPARQLResultsJSONReader().read(written).isEquivalent(to: expected, ordered: true))
            let mine = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
            let theirs = try JSONSerialization.jsonObject(with: Data(expectedText.utf8)) as? NSDictionary
            #expect(mine != nil && mine == theirs, "\(entry.name): written JSON differs from \(resultPath)\n\(written)")
        default:
            Issue.record("\(entry.name): no check for results in \(format)")
        }
    }

    /// The lossless expected result of the entry with the same query and data as `entry`.
    func losslessSibling(of entry: ManifestEntry) throws -> QueryResult {
        let qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
        func key(_ e: ManifestEntry) -> [Term?] {
            guard let a = e.action else { return [] }
            return [e.graph.object(a, qt + "query"), e.graph.object(a, qt + "data")]
        }
        for other in Self.entries where other.id != entry.id && key(other) == key(entry) {
            guard let path = other.resultPath, let ext = path.split(separator: ".").last,
                  let f = SPARQLResultsFormat(fileExtension: String(ext)), f != .csv, let reader = f.reader else { continue }
            return try reader.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        throw SPARQLResultsError.unsupported(format: "CSV", what: "a test without a lossless sibling result")
    }
}

/// Compares result files field by field: same header, same number of lines, and equal fields —
/// where blank-node labels may be renamed consistently and numbers compare by value
/// (the suite's TSV writes `1.0e6` for the data's `1.0E6`).
enum ResultTextComparison {
    static func expectSameFields(_ actual: String, _ expected: String, separator: Character, _ name: String) throws {
        func lines(_ s: String) -> [String] {
            var l = s.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if l.last == "" { l.removeLast() }
            return l
        }
        let a = lines(actual), e = lines(expected)
        #expect(a.count == e.count, "\(name): \(a.count) lines, expected \(e.count)\n\(actual)")
        #expect(a.first == e.first, "\(name): header \(a.first ?? "") differs from \(e.first ?? "")")
        var labels: [String: String] = [:]
        for (x, y) in zip(a, e).dropFirst() {
            let fx = x.split(separator: separator, omittingEmptySubsequences: false)
            let fy = y.split(separator: separator, omittingEmptySubsequences: false)
            #expect(fx.count == fy.count, "\(name): line \(x) vs \(y)")
            for (p, q) in zip(fx, fy) where p != q {
                if p.hasPrefix("_:") && q.hasPrefix("_:") {
                    let bound = labels[String(p)] ?? String(q)
                    labels[String(p)] = bound
                    #expect(bound == String(q), "\(name): blank node \(p) maps to both \(bound) and \(q)")
                } else if let u = Double(p), let v = Double(q) {
                    #expect(u == v, "\(name): \(p) ≠ \(q)")
                } else {
                    Issue.record("\(name): field \(p) differs from expected \(q)\nline: \(x)\nexpected: \(y)")
                }
            }
        }
    }
}
