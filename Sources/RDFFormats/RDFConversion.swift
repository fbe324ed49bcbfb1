import RDF

/// Reads a document in one format and writes it in another: the work behind `lodestat convert`.
public struct RDFConversion {
    public var from: RDFFormat
    public var to: RDFFormat
    public var base: String?
    /// A JSON-LD context file to compact JSON-LD output with (its `@context`, or the whole document).
    public var contextFile: String?

    public init(from: RDFFormat, to: RDFFormat, base: String? = nil, contextFile: String? = nil) {
        self.from = from
        self.to = to
        self.base = base
        self.contextFile = contextFile
    }

    /// The context of `contextFile`, and a loader that may read that file (and nothing remote).
    private func compactionContext() throws -> (JSONValue, JSONLDDocumentLoader)? {
        guard let contextFile else { return nil }
        let document = try JSONParser(file: contextFile).parse(try ByteSource(path: contextFile).readAll())
        var context = document
        if case .object(let object) = document, let inner = object["@context"] { context = inner }
        return (context, JSONLDDocumentLoader(allowedFiles: [contextFile]))
    }

    /// Parses all of `source` first, so that bad input writes nothing; then writes `to`.
    public func run(_ source: ByteSource, to out: inout some TextOutputStream) throws {
        var quads: [Quad] = []
        var declared: [(prefix: String, namespace: String)] = []
        switch from {
        case .turtle:
            try TurtleParser(base: base).parse(source, prefixes: { declared.append(($0, $1)) }) { quads.append($0) }
        case .trig:
            try TriGParser(base: base).parse(source, prefixes: { declared.append(($0, $1)) }) { quads.append($0) }
        default:
            try RDFParsing.parse(source, format: from, base: base) { quads.append($0) }
        }
        if !to.supportsDatasets, let named = quads.first(where: { $0.graph != nil }) {
            throw RDFSerializationError.namedGraphNotSupported(format: to, graph: named.graph!)
        }
        // A later declaration of the same prefix wins, as in the document.
        var seen = Set<String>()
        declared = declared.reversed().filter { seen.insert($0.prefix).inserted }.reversed()
        let prefixes = Namespaces.prefixes(declared: declared, usedBy: quads.lazy.flatMap { q in
            [q.subject, q.predicate, q.object].compactMap { $0.iriValue } + [q.object.literalValue?.datatype].compactMap { $0 }
        })
        if to == .jsonld, let (context, loader) = try compactionContext() {
            try JSONLDSerializer(context: context, loader: loader).write(quads, to: &out)
            return
        }
        try RDFSerializing.write(quads, format: to, prefixes: prefixes, base: nil, to: &out)
    }
}
