import Catalog
import DCATAP
import Foundation
import RDF
import RDFFormats
import Store
import Testing
import TestSupport

/// The shipped catalog and its DCAT-AP description (built once), the official DCAT-AP shapes
/// from `TestMaterial/vocab` and the Python that runs pySHACL. Missing material is a failure, never a skip.
enum DCATTestSupport {
    private static let loaded = Result { () throws -> (CatalogDataset, [Quad]) in
        let dataset = try CatalogLoader(location: CatalogLocation.embedded()).load()
        return (dataset, try DCATAPExporter.quads(from: dataset))
    }
    static func catalog() throws -> CatalogDataset { try loaded.get().0 }
    static func description() throws -> [Quad] { try loaded.get().1 }

    /// `TestMaterial/vocab/dcat-ap-3.0.1`.
    static var shapesFolder: String? { SharedMaterial.folder("vocab/dcat-ap-3.0.1") }

    /// The shape files: the main shapes and the range shapes they rely on (the two DataService
    /// endpoint shapes are defined only in `ranges.ttl`).
    static let shapeFiles = ["dcat-ap-SHACL.ttl", "ranges.ttl"]

    /// A snapshot of some quads (default graph).
    static func snapshot(_ quads: [Quad], files: [String] = []) throws -> StoreSnapshot {
        var builder = StoreBuilder()
        for f in files { try builder.load(ByteSource(path: f), format: .turtle, base: "file://" + f) }
        for q in quads { builder.add(q) }
        return builder.build()
    }

    /// The official shapes as a validator (fails the test when the folder is missing).
    static func validator() throws -> ShaclValidator {
        let folder = try #require(shapesFolder, "TestMaterial/vocab/dcat-ap-3.0.1 not found")
        let shapes = try snapshot([], files: shapeFiles.map { folder + "/" + $0 })
        return try ShaclValidator(shapesGraph: GraphView(shapes))
    }

    static func validate(_ quads: [Quad]) throws -> ValidationReport {
        try validator().validate(GraphView(try snapshot(quads)))
    }

    /// `$LODESTAT_DCAT_PYTHON`, else the venv of `scripts/setup_venv.sh` under `.build/`, created
    /// on first use (PyPI is reachable where the tests run; a failed set-up fails the test).
    static var python: String {
        if let p = ProcessInfo.processInfo.environment["LODESTAT_DCAT_PYTHON"] { return p }
        let venv = SharedMaterial.inPackage(".build/dcat-venv")
        let python = venv + "/bin/python"
        if ExternalProcess.runIfPresent(python, ["-c", "import pyshacl"])?.status != 0 {
            let setup = ((#filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("scripts/setup_venv.sh")
            _ = ExternalProcess.runIfPresent("sh", [setup, venv])
        }
        return python
    }

    static var script: String {
        ((#filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("scripts/validate_dcat_ap.py")
    }

    static func turtle(_ quads: [Quad], base: String) throws -> String {
        var text = ""
        try DCATAPExporter.write(quads, format: .turtle, base: base, to: &text)
        return text
    }
}

/// Reading the description's triples.
struct Triples {
    let quads: [Quad]

    func objects(_ s: String, _ p: String) -> [Term] {
        quads.filter { $0.subject == .iri(s) && $0.predicate == .iri(p) }.map(\.object)
    }

    func subjects(_ p: String, _ o: Term) -> [String] {
        quads.filter { $0.predicate == .iri(p) && $0.object == o }.compactMap { $0.subject.iriValue }
    }

    func instances(_ cls: String) -> [String] { subjects(RDFVocabulary.type, .iri(cls)) }
}
