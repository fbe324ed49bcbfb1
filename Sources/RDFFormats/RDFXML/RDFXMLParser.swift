import RDF

/// Parses RDF/XML (RDF 1.1 XML Syntax) on libxml2's SAX2 push parser: triples are handed to
/// the handler as their elements are read, without building a DOM.
///
/// XML safety: the network is never reached, no external entity or DTD is ever loaded, and
/// entity declarations are refused unless `dtd` is `.allowInternalEntities` (see `DTDPolicy`).
public struct RDFXMLParser {
    public var base: String?
    public var dtd: DTDPolicy
    /// Prepended to every blank node label (to keep several documents' blank nodes apart).
    public var blankNodePrefix: String

    /// `base` resolves relative IRIs (the document's own IRI); `dtd` defaults to the safe
    /// policy for untrusted input.
    public init(base: String? = nil, dtd: DTDPolicy = .refuseEntities, blankNodePrefix: String = "") {
        self.base = base
        self.dtd = dtd
        self.blankNodePrefix = blankNodePrefix
    }

    /// Sources at least this large are parsed on a helper thread (see `QuadPipeline`).
    public static let pipelineThreshold = 4 << 20

    /// Parses the whole source; every triple is a `Quad` in the default graph. The handler is
    /// always called on the calling thread; for large sources (`pipelined`, by default from
    /// `pipelineThreshold`) the XML is parsed on a helper thread meanwhile.
    public func parse(_ source: ByteSource, pipelined: Bool? = nil, _ handler: (Quad) throws -> Void) throws {
        guard pipelined ?? ((source.totalBytes ?? 0) >= Self.pipelineThreshold) else {
            return try parseHere(source) { quad in try handler(quad) }
        }
        let job = ParseJob(parser: self, source: source)
        try QuadPipeline.run({ emit in try job.parser.parseHere(job.source, emit) }, handler)
    }

    /// The parser and its source, handed to the helper thread, which alone uses them until the
    /// pipeline returns.
    private struct ParseJob: @unchecked Sendable {
        let parser: RDFXMLParser
        let source: ByteSource
    }

    private func parseHere(_ source: ByteSource, _ handler: (consuming Quad) throws -> Void) throws {
        let parser = XMLPushParser(source: source, policy: dtd)
        try withoutActuallyEscaping(handler) { handler in
            let grammar = RDFXMLGrammar(parser: parser, base: base, blankNodePrefix: blankNodePrefix, emit: handler)
            try RDFXMLEventSink(grammar).run()
        }
    }

    /// Parses the whole source into an array of triples.
    public func parseTriples(_ source: ByteSource) throws -> [Triple] {
        var out: [Triple] = []
        try parse(source) { out.append($0.triple) }
        return out
    }
}
