import RDF

/// Parses RDF/XML (RDF 1.1 XML Syntax) on libxml2's streaming reader: triples are handed to
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

    /// Parses the whole source; every triple is a `Quad` in the default graph.
    public func parse(_ source: ByteSource, _ handler: (Quad) throws -> Void) throws {
        let reader = try XMLStreamReader(source: source, baseURL: base, policy: dtd)
        try withoutActuallyEscaping(handler) { handler in
            let grammar = RDFXMLGrammar(reader: reader, base: base, policy: dtd,
                                        blankNodePrefix: blankNodePrefix, emit: handler)
            try grammar.run()
        }
    }

    /// Parses the whole source into an array of triples.
    public func parseTriples(_ source: ByteSource) throws -> [Triple] {
        var out: [Triple] = []
        try parse(source) { out.append($0.triple) }
        return out
    }
}
