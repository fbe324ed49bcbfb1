import RDF

/// Reads a JSON-LD document as RDF quads (JSON-LD 1.1 `toRdf`).
///
/// JSON syntax errors are `RDFSyntaxError`s with line and column; JSON-LD processing errors are
/// `JSONLDError`s carrying the specification's error code. Remote contexts are resolved only
/// through `loader`, which by default knows no remote IRI.
public struct JSONLDParser {
    public var base: String?
    public var loader: any JSONLDDocumentLoading
    /// Prepended to every blank node label, so that several documents can share one store.
    public var blankNodePrefix: String
    /// Further options (processing mode, rdfDirection, produceGeneralizedRdf …); base and loader win.
    public var options: JSONLDOptions
    public var maxDepth: Int
    public var maxBytes: Int
    /// How documents are read; the result is the same dataset either way.
    public var strategy: Strategy = .streaming

    public enum Strategy: Sendable {
        /// Common document shapes are converted while they are read (see `StreamingDocument`);
        /// whatever the streaming path does not handle goes through the full algorithms.
        case streaming
        /// The whole document is parsed, expanded, flattened into a node map, then converted.
        case fullAlgorithm
    }

    public init(base: String? = nil, loader: any JSONLDDocumentLoading = JSONLDDocumentLoader(),
                blankNodePrefix: String = "", options: JSONLDOptions = JSONLDOptions(),
                maxDepth: Int = 256, maxBytes: Int = 256 << 20) {
        self.base = base
        self.loader = loader
        self.blankNodePrefix = blankNodePrefix
        self.options = options
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }

    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        _ = try parseReporting(source, handler)
    }

    /// `parse`, saying which path read the document.
    func parseReporting(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws -> JSONLDStreamingReport {
        let bytes = try source.readRemaining()
        let reader = StreamingDocument(parser: self, file: source.name)
        do {
            switch strategy {
            case .streaming: return try reader.parse(bytes, handler)
            case .fullAlgorithm: return try reader.whole(bytes, handler)
            }
        } catch var e as JSONLDError {
            if e.file == nil { e.file = source.name }
            throw e
        }
    }

    /// Converts an already parsed JSON document.
    public func parse(_ document: JSONValue, _ handler: (Quad) throws -> Void) throws {
        var opts = options
        opts.documentLoader = loader
        if let base { opts.base = base }
        let quads = try JSONLDProcessor().toRDF(document, options: opts)
        for quad in quads { try handler(relabel(quad)) }
    }

    func relabel(_ quad: Quad) -> Quad {
        guard !blankNodePrefix.isEmpty else { return quad }
        func r(_ t: Term) -> Term {
            if case .blankNode(let b) = t { return .blankNode(blankNodePrefix + b) }
            return t
        }
        return Quad(r(quad.subject), quad.predicate, r(quad.object), graph: quad.graph.map(r))
    }
}
