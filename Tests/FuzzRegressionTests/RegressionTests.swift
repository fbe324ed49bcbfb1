import Foundation
import FuzzHarness
import RDFFormats
import SPARQL
import Testing

/// Every committed finding (`fuzz/regressions/<target>/`) replays through the harness function
/// that found it, and the fixed parser answers with a positioned error instead of crashing.
@Suite struct RegressionTests {
    @Test func everyRegressionInputReplays() throws {
        let root = FuzzPaths.root + "/regressions"
        #expect(FuzzPaths.exists(root), "missing \(root)")
        var total = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: root) where !name.hasPrefix(".") {
            let target = try #require(FuzzTarget(rawValue: name), "fuzz/regressions/\(name) names no fuzz target")
            total += try CorpusReplay.replay([root + "/" + name], through: target)
        }
        #expect(total >= 2)
    }

    /// Found by fuzzing: `:a :p ((((…))))` 10 000 deep overflowed the stack of the Turtle grammar.
    @Test func deeplyNestedTurtleCollectionsAreASyntaxErrorWithAPosition() throws {
        let path = FuzzPaths.regressions("turtle") + "/nested-collections-10000.ttl"
        let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
        FuzzTarget.turtle.run([UInt8](data))
        let error = try #require(throws: RDFSyntaxError.self) {
            try RDFParsing.parse(ByteSource(bytes: [UInt8](data), name: "deep.ttl"), format: .turtle) { _ in }
        }
        #expect(String(describing: error).contains("deep.ttl:2:"))
        #expect(String(describing: error).contains("nested more than"))
    }

    /// Nesting real data uses stays accepted.
    @Test func moderateNestingStillParses() throws {
        let text = "@prefix : <http://ex.org/> .\n:a :p " + String(repeating: "( [ :q ", count: 100)
            + "1" + String(repeating: " ] )", count: 100) + " .\n"
        var count = 0
        try RDFParsing.parse(ByteSource(string: text), format: .turtle) { _ in count += 1 }
        #expect(count > 300)
    }
}

/// Found by libFuzzer (`results-xml`, ~45 000 executions): a `<binding>` straight under
/// `<results>` (no `<result>`) indexed an empty row and trapped.
@Suite struct ResultsXMLRegressionTests {
    @Test func bindingOutsideAResultIsAnErrorNotATrap() throws {
        let path = FuzzPaths.regressions("results-xml") + "/binding-outside-result.srx"
        let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
        FuzzTarget.resultsXML.run([UInt8](data))
        #expect(throws: (any Error).self) { try SPARQLResultsXMLReader().read([UInt8](data)) }
    }

    @Test func minimalBindingOutsideResult() {
        let doc = """
            <sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head>
            <results><binding name="x"><uri>http://ex.org/a</uri></binding></results></sparql>
            """
        #expect(throws: (any Error).self) { try SPARQLResultsXMLReader().read(Array(doc.utf8)) }
    }
}
