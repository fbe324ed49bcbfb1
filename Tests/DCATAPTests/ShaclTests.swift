import Catalog
import DCATAP
import Foundation
import RDF
import Testing
import TestSupport

/// The export against the official DCAT-AP 3.0.1 shapes, with the project's SHACL validator and
/// with pySHACL (scripts/validate_dcat_ap.py).
@Suite struct ShaclTests {
    @Test func exportRaisesNoViolationWithOurValidator() throws {
        let report = try DCATTestSupport.validate(try DCATTestSupport.description())
        #expect(report.focusNodeCount > 200)
        let lines = report.violations.prefix(20).map { "\($0.focusNode) \($0.componentName) \($0.message)" }
        #expect(!report.hasViolations, "\(report.violations.count) violations:\n\(lines.joined(separator: "\n"))")
    }

    /// The shapes bite: a publisher without a name, a dataset without a description, a
    /// distribution whose media type is not a `dct:MediaType` are each caught.
    @Test func brokenDescriptionIsCaught() throws {
        let quads = try DCATTestSupport.description()
        let base = try DCATTestSupport.catalog().base
        let broken = quads.filter { q in
            !(q.predicate == .iri(FOAF.name))
                && !(q.subject == .iri(base + "id/dataflow/DF_CPI") && q.predicate == .iri(DCTERMS.description))
                && !(q.predicate == .iri(RDFVocabulary.type) && q.object == .iri(DCTERMS.MediaType))
        }
        let report = try DCATTestSupport.validate(broken)
        let components = Set(report.violations.map(\.componentName))
        #expect(components == ["MinCount", "Class"])
        #expect(report.violations.contains { $0.focusNode == .iri(base + "id/dataflow/DF_CPI") && $0.componentName == "MinCount" })
    }

    @Test func pySHACLAgrees() async throws {
        let folder = try #require(DCATTestSupport.shapesFolder, "TestMaterial/vocab/dcat-ap-3.0.1 not found")
        let base = try DCATTestSupport.catalog().base
        let quads = try DCATTestSupport.description()
        let good = NSTemporaryDirectory() + "lodestat-dcat-\(UUID().uuidString).ttl"
        try DCATTestSupport.turtle(quads, base: base).write(toFile: good, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: good) }
        let python = try await ExternalProcess.detached { DCATTestSupport.python }
        let script = DCATTestSupport.script
        let result = try #require(try await ExternalProcess.detached { ExternalProcess.runIfPresent(python, [script, folder, good]) },
                                  "cannot run \(python) (run Tests/DCATAPTests/scripts/setup_venv.sh)")
        #expect(result.status == 0, "pySHACL: \(result.output.suffix(4000))")
        #expect(result.output.contains("conforms: True"))

        // Both validators see the same violation on the same broken document.
        let broken = quads.filter { $0.predicate != .iri(FOAF.name) }
        let bad = NSTemporaryDirectory() + "lodestat-dcat-\(UUID().uuidString).ttl"
        try DCATTestSupport.turtle(broken, base: base).write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let failing = try #require(try await ExternalProcess.detached { ExternalProcess.runIfPresent(python, [script, folder, bad]) })
        #expect(failing.status == 1, "pySHACL should reject agents without foaf:name: \(failing.output.suffix(2000))")
        let ours = try DCATTestSupport.validate(broken)
        let agents = Set(ours.violations.map(\.focusNode))
        #expect(!agents.isEmpty)
        let pyResults = failing.output.components(separatedBy: "Constraint Violation").count - 1
        #expect(pyResults == ours.violations.count, "pySHACL \(pyResults) results, ours \(ours.violations.count)")
    }
}
