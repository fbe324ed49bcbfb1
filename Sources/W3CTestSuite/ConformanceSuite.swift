#if canImport(Glibc)
import Glibc
#endif
import RDF
import RDFFormats

/// Where the W3C and JSON-LD conformance suites live, and how their IRIs map onto local files.
///
/// The suites are data kept in the repository, under `TestMaterial/conformance` (origin, commit and
/// licence in `TestMaterial/SOURCES.md`). A missing suite is an error, never a silent skip.
public enum ConformanceSuite {
    public static let rdfTestsBase = "https://w3c.github.io/rdf-tests/"
    public static let jsonldTestsBase = "https://w3c.github.io/json-ld-api/tests/"

    /// The `TestMaterial/conformance` folder of the package holding `filePath`, or an error saying
    /// where it was looked for.
    public static func root(filePath: String = #filePath) throws -> String {
        var dir = filePath
        for _ in 0..<6 {
            guard let slash = dir.lastIndex(of: "/") else { break }
            dir = String(dir[..<slash])
            let candidate = dir + "/TestMaterial/conformance"
            if isDirectory(candidate + "/w3c") { return candidate }
        }
        throw SuiteError.missing("no conformance suites: TestMaterial/conformance is missing from the repository")
    }

    /// The local path of a suite file named by its official IRI, if it maps.
    public static func localPath(for iri: String) throws -> String? {
        let root = try root()
        if iri.hasPrefix(rdfTestsBase) { return root + "/w3c/" + iri.dropFirst(rdfTestsBase.count) }
        if iri.hasPrefix(jsonldTestsBase) { return root + "/jsonld/tests/" + iri.dropFirst(jsonldTestsBase.count) }
        return nil
    }

    /// The official IRI of a local file under the W3C suites (`w3c/...` relative path).
    public static func officialIRI(w3cRelativePath path: String) -> String { rdfTestsBase + path }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public enum SuiteError: Error, CustomStringConvertible {
        case missing(String)
        case badManifest(String)
        public var description: String {
            switch self {
            case .missing(let m): return "conformance suite missing: \(m)"
            case .badManifest(let m): return "bad manifest: \(m)"
            }
        }
    }
}
