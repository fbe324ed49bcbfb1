import RDF
import RDFFormats
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every catalog file survives Turtle → JSON-LD (expanded, and compacted with the project's
/// context) → RDF unchanged.
@Suite struct CatalogRoundTripTests {
    static let packageRoot: String = {
        var dir = #filePath
        for _ in 0..<4 { if let slash = dir.lastIndex(of: "/") { dir = String(dir[..<slash]) } }
        return dir
    }()

    static func catalogFiles() -> [String] {
        var out: [String] = []
        func walk(_ dir: String) {
            guard let d = opendir(dir) else { return }
            defer { closedir(d) }
            while let entry = readdir(d) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = dir + "/" + name
                if entry.pointee.d_type == UInt8(DT_DIR) { walk(path) } else if name.hasSuffix(".ttl") { out.append(path) }
            }
        }
        walk(packageRoot + "/Catalog")
        return out.sorted()
    }

    @Test func catalogIsPresent() { #expect(Self.catalogFiles().count > 10) }

    @Test(arguments: catalogFiles())
    func roundTrip(_ path: String) throws {
        var quads: [Quad] = []
        try TurtleParser(base: "http://localhost:8080/").parse(try ByteSource(path: path)) { quads.append($0) }
        let loader = JSONLDDocumentLoader.project(ontologiesDirectory: Self.packageRoot + "/Ontologies")
        var options = JSONLDOptions(documentLoader: loader)
        options.base = nil
        let contextRef = JSONValue.string(JSONLDDocumentLoader.projectContextIRI)
        for context: JSONValue? in [nil, contextRef] {
            let text = try JSONLDSerializer(context: context, options: options).serialize(quads)
            var back: [Quad] = []
            try JSONLDParser(loader: loader).parse(ByteSource(string: text)) { back.append($0) }
            #expect(Isomorphism.areIsomorphic(back, quads),
                    "\(path) with context \(context.map { "\($0)" } ?? "none") does not round-trip:\n\(text.prefix(2000))")
        }
    }
}
