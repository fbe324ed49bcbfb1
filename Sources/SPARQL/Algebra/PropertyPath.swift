import RDF

/// A SPARQL 1.1 property path (section 9, algebra section 18.2.2.3).
public indirect enum PropertyPath: Hashable, Sendable, CustomStringConvertible {
    case link(String)
    case inverse(PropertyPath)
    case sequence(PropertyPath, PropertyPath)
    case alternative(PropertyPath, PropertyPath)
    case zeroOrMore(PropertyPath)
    case oneOrMore(PropertyPath)
    case zeroOrOne(PropertyPath)
    /// `!(…)`: forward IRIs excluded and inverse IRIs excluded.
    case negated(forward: [String], inverse: [String])

    public var description: String {
        switch self {
        case .link(let i): return "<\(i)>"
        case .inverse(let p): return "^(\(p))"
        case .sequence(let a, let b): return "(\(a)/\(b))"
        case .alternative(let a, let b): return "(\(a)|\(b))"
        case .zeroOrMore(let p): return "(\(p))*"
        case .oneOrMore(let p): return "(\(p))+"
        case .zeroOrOne(let p): return "(\(p))?"
        case .negated(let f, let i):
            let parts = f.map { "<\($0)>" } + i.map { "^<\($0)>" }
            return "!(" + parts.joined(separator: "|") + ")"
        }
    }
}
