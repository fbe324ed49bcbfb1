import Foundation
import RDF

/// Prefixes for reading and writing compact IRIs: the catalog's declarations first, then the
/// well-known ones (`Namespaces.wellKnown`) for prefixes the catalog does not declare.
public struct PrefixMap: Sendable {
    public let declarations: [PrefixDeclaration]

    public init(_ declared: [PrefixDeclaration]) {
        var seen = Set(declared.map(\.prefix))
        var all = declared
        for (p, ns) in Namespaces.wellKnown where seen.insert(p).inserted { all.append(PrefixDeclaration(p, ns)) }
        declarations = all
    }

    /// Expands a CURIE (`skos:prefLabel`), a bracketed IRI (`<http://…>`) or an absolute IRI.
    /// A reference without a colon is taken relative to `{base}id/` when a base is given.
    public func expand(_ ref: String, base: String? = nil) throws -> String {
        let trimmed = ref.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") { return String(trimmed.dropFirst().dropLast()) }
        guard let colon = trimmed.firstIndex(of: ":") else {
            if let base { return base + "id/" + trimmed }
            throw CatalogError.unknownPrefix("")
        }
        let prefix = String(trimmed[..<colon])
        let local = trimmed[trimmed.index(after: colon)...]
        if let ns = declarations.first(where: { $0.prefix == prefix })?.namespace { return ns + local }
        if local.hasPrefix("//") || prefix == "urn" { return trimmed }
        throw CatalogError.unknownPrefix(prefix)
    }

    /// The shortest CURIE for `iri` whose local part needs no escaping, else `<iri>`.
    public func shorten(_ iri: String) -> String {
        var best: (String, Int)?
        for d in declarations where iri.hasPrefix(d.namespace) && d.namespace.count > (best?.1 ?? -1) {
            let local = iri.dropFirst(d.namespace.count)
            if Self.isSimpleLocal(local) { best = (d.prefix + ":" + local, d.namespace.count) }
        }
        return best?.0 ?? "<\(iri)>"
    }

    /// A term in Turtle-like form with IRIs shortened.
    public func display(_ term: Term) -> String {
        switch term {
        case .iri(let v): return shorten(v)
        case .blankNode(let b): return "_:" + b
        case .literal(let l):
            var out = "\"" + NTriplesEscaping.escapeString(l.lexicalForm) + "\""
            if let lang = l.language { out += "@" + lang } else if l.datatype != XSD.string { out += "^^" + shorten(l.datatype) }
            return out
        }
    }

    private static func isSimpleLocal(_ s: Substring) -> Bool {
        guard let first = s.first, first.isLetter || first.isNumber || first == "_" else { return s.isEmpty }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } && !s.hasSuffix(".")
    }
}
