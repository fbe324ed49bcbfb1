import RDF

/// The facade over every serializer: write quads in a given format.
public enum RDFSerializing {
    /// Writes `quads` as `format`. Prefixes and base are used by the formats that abbreviate IRIs.
    public static func write(_ quads: [Quad], format: RDFFormat, prefixes: [(prefix: String, namespace: String)] = [],
                             base: String? = nil, to out: inout some TextOutputStream) throws {
        if !format.supportsDatasets, let named = quads.first(where: { $0.graph != nil }) {
            throw RDFSerializationError.namedGraphNotSupported(format: format, graph: named.graph!)
        }
        switch format {
        case .ntriples: try NTriplesSerializer().write(quads, to: &out)
        case .nquads: NQuadsSerializer().write(quads, to: &out)
        case .turtle: try TurtleSerializer(prefixes: prefixes, base: base).write(quads, to: &out)
        case .trig: TriGSerializer(prefixes: prefixes, base: base).write(quads, to: &out)
        case .rdfxml:
            var namespaces: [String: String] = [:]
            for p in prefixes { namespaces[p.prefix] = p.namespace }
            out.write(try RDFXMLSerializer(prefixes: namespaces, base: base).serialize(quads.map(\.triple)))
        case .jsonld: try JSONLDSerializer().write(quads, to: &out)
        }
    }
}
