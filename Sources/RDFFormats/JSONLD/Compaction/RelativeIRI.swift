import RDF

/// Turns an absolute IRI into one relative to a base, as short as the path structure allows.
enum RelativeIRI {
    static func make(_ iri: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return iri }
        let b = IRI.split(base), r = IRI.split(iri)
        guard let scheme = b.scheme, r.scheme == scheme, r.authority == b.authority else { return iri }
        var baseSegments = IRI.removeDotSegments(b.path).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var iriSegments = IRI.removeDotSegments(r.path).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let last = (r.fragment != nil || r.query != nil) ? 0 : 1
        while !baseSegments.isEmpty && iriSegments.count > last {
            if baseSegments[0] != iriSegments[0] { break }
            baseSegments.removeFirst()
            iriSegments.removeFirst()
        }
        var out = ""
        if !baseSegments.isEmpty {
            baseSegments.removeLast()
            for _ in baseSegments { out += "../" }
        }
        out += iriSegments.joined(separator: "/")
        if let q = r.query { out += "?" + q }
        if let f = r.fragment { out += "#" + f }
        if out.isEmpty { out = "./" }
        if Keywords.hasKeywordForm(out) { out = "./" + out }
        // A first segment with a colon would read as a scheme.
        if let firstSlash = out.firstIndex(of: "/") ?? Optional(out.endIndex), out[..<firstSlash].contains(":") {
            out = "./" + out
        }
        return out
    }
}
