import RDF

/// The facade over every parser: parse a byte source in a given format.
public enum RDFParsing {
    /// Parses `source` as `format`, resolving relative IRIs against `base`; quads go to `handler`.
    public static func parse(_ source: ByteSource, format: RDFFormat, base: String? = nil,
                             blankNodePrefix: String = "", _ handler: (Quad) throws -> Void) throws {
        switch format {
        case .ntriples: try NTriplesParser(blankNodePrefix: blankNodePrefix).parse(source, handler)
        case .nquads: try NQuadsParser(blankNodePrefix: blankNodePrefix).parse(source, handler)
        case .turtle: try TurtleParser(base: base, blankNodePrefix: blankNodePrefix).parse(source, handler)
        case .trig: try TriGParser(base: base, blankNodePrefix: blankNodePrefix).parse(source, handler)
        case .rdfxml: try RDFXMLParser(base: base, blankNodePrefix: blankNodePrefix).parse(source, handler)
        case .jsonld: try JSONLDParser(base: base, blankNodePrefix: blankNodePrefix).parse(source, handler)
        }
    }
}
