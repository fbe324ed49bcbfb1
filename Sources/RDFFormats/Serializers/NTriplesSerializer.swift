import RDF

/// Writes N-Triples, one line per triple, streaming.
public struct NTriplesSerializer: Sendable {
    public init() {}

    public func write(_ triple: Triple, to out: inout some TextOutputStream) {
        out.write(triple.description)
        out.write("\n")
    }

    /// Writes the default graph's triples; named graphs cannot be written in N-Triples.
    public func write<S: Sequence>(_ quads: S, to out: inout some TextOutputStream) throws where S.Element == Quad {
        for q in quads {
            if let g = q.graph { throw RDFSerializationError.namedGraphNotSupported(format: .ntriples, graph: g) }
            write(q.triple, to: &out)
        }
    }
}

/// Writes N-Quads, one line per quad, streaming.
public struct NQuadsSerializer: Sendable {
    public init() {}

    public func write(_ quad: Quad, to out: inout some TextOutputStream) {
        out.write(quad.description)
        out.write("\n")
    }

    public func write<S: Sequence>(_ quads: S, to out: inout some TextOutputStream) where S.Element == Quad {
        for q in quads { write(q, to: &out) }
    }
}

/// Errors while writing RDF.
public enum RDFSerializationError: Error, CustomStringConvertible, Sendable {
    case namedGraphNotSupported(format: RDFFormat, graph: Term)
    case notSerializable(format: RDFFormat, reason: String)

    public var description: String {
        switch self {
        case .namedGraphNotSupported(let f, let g):
            return "\(f.displayName) cannot hold named graphs (found graph \(g)); use trig, nquads or jsonld"
        case .notSerializable(let f, let reason): return "cannot write \(f.displayName): \(reason)"
        }
    }
}
