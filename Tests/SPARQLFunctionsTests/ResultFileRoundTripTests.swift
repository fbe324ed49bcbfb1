import Foundation
import RDF
import Testing
import W3CTestSuite
@testable import SPARQL

/// Every `.srx` and `.srj` expected-result file of the SPARQL 1.1 suites, one case per file:
/// read it, write it as JSON, XML and (for tables) TSV, read each back, and get the same result.
@Suite struct ResultFileRoundTripTests {
    static let files: [String] = {
        guard let root = try? ConformanceSuite.root() else { return [] }
        let base = root + "/w3c/sparql/sparql11"
        let found = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".srx") || $0.hasSuffix(".srj") }.sorted()
    }()

    @Test func filesArePresent() throws {
        _ = try ConformanceSuite.root()
        #expect(Self.files.count > 300, "found only \(Self.files.count) result files")
    }

    @Test(arguments: files)
    func roundTrip(_ file: String) throws {
        let path = try ConformanceSuite.root() + "/w3c/sparql/sparql11/" + file
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let original: QueryResult = file.hasSuffix(".srj")
            ? try SPARQLResultsJSONReader().read(bytes) : try SPARQLResultsXMLReader().read(bytes)
        var formats: [SPARQLResultsFormat] = [.json, .xml]
        if case .solutions = original { formats.append(.tsv) }
        for format in formats {
            let text = try format.writer.string(original)
            let back = try #require(format.reader).read(text)
            #expect(back.isEquivalent(to: original, ordered: true), "\(file) does not survive \(format)")
        }
    }
}
