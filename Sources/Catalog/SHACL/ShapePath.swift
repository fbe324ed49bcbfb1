import RDF

/// A SHACL property path (SHACL §2.3.1).
public indirect enum ShapePath: Hashable, Sendable {
    case predicate(String)
    case inverse(ShapePath)
    case sequence([ShapePath])
    case alternative([ShapePath])
    case zeroOrMore(ShapePath)
    case oneOrMore(ShapePath)
    case zeroOrOne(ShapePath)

    /// The predicate IRI when the path is a plain predicate.
    public var predicateIRI: String? { if case .predicate(let p) = self { return p } else { return nil } }

    /// SPARQL property path syntax, IRIs shortened by `shorten` (e.g. `^skos:member`, `(a/b)*`).
    public func sparql(_ shorten: (String) -> String = { "<\($0)>" }) -> String {
        func inner(_ p: ShapePath) -> String {
            switch p {
            case .predicate, .inverse(.predicate): return p.sparql(shorten)
            default: return "(" + p.sparql(shorten) + ")"
            }
        }
        switch self {
        case .predicate(let iri): return shorten(iri)
        case .inverse(let p): return "^" + inner(p)
        case .sequence(let ps): return ps.map(inner).joined(separator: "/")
        case .alternative(let ps): return ps.map(inner).joined(separator: "|")
        case .zeroOrMore(let p): return inner(p) + "*"
        case .oneOrMore(let p): return inner(p) + "+"
        case .zeroOrOne(let p): return inner(p) + "?"
        }
    }
}

extension ShapePath: CustomStringConvertible {
    public var description: String { sparql() }
}
