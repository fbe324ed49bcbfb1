import RDF

/// Rewrites IRIs under the default base (`http://localhost:8080/`, the base the catalog files are
/// written with) to the configured base while loading. Only IRIs (subjects, predicates, objects,
/// graph names, datatypes) are rewritten; literal text is left as written.
public struct BaseRewriter: Sendable {
    /// The base the shipped Turtle files use.
    public static let defaultBase = "http://localhost:8080/"

    public let from: String
    public let to: String

    /// - Throws: `CatalogError.invalidBase` unless `base` is absolute and ends with "/".
    public init(base: String, from: String = BaseRewriter.defaultBase) throws {
        guard IRI.isAbsolute(base), base.hasSuffix("/"), IRI.validationError(base) == nil else {
            throw CatalogError.invalidBase(base)
        }
        self.from = from
        self.to = base
    }

    /// True when loading changes nothing.
    public var isIdentity: Bool { from == to }

    public func rewrite(_ iri: String) -> String {
        iri.hasPrefix(from) ? to + String(decoding: iri.utf8.dropFirst(from.utf8.count), as: UTF8.self) : iri
    }

    /// Maps an IRI of the configured base back to the default base (e.g. to find it in shapes).
    public func unrewrite(_ iri: String) -> String {
        iri.hasPrefix(to) ? from + String(decoding: iri.utf8.dropFirst(to.utf8.count), as: UTF8.self) : iri
    }

    public func rewrite(_ term: Term) -> Term {
        switch term {
        case .iri(let v): return v.hasPrefix(from) ? .iri(rewrite(v)) : term
        case .literal(let l) where l.datatype.hasPrefix(from):
            return .literal(Literal(l.lexicalForm, datatype: rewrite(l.datatype)))
        default: return term
        }
    }

    public func rewrite(_ quad: Quad) -> Quad {
        if isIdentity { return quad }
        return Quad(rewrite(quad.subject), rewrite(quad.predicate), rewrite(quad.object),
                    graph: quad.graph.map(rewrite))
    }
}
