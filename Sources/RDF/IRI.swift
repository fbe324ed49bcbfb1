/// IRI references per RFC 3986/3987: splitting, resolution against a base, and validity checks.
public enum IRI {
    /// The five components of an IRI reference (nil where the component is absent).
    public struct Components: Equatable, Sendable {
        public var scheme: Substring?
        public var authority: Substring?
        public var path: Substring
        public var query: Substring?
        public var fragment: Substring?
    }

    /// Splits an IRI reference with the regular expression of RFC 3986 appendix B.
    public static func split(_ ref: String) -> Components {
        var rest = Substring(ref)
        var scheme: Substring?
        if let colon = rest.firstIndex(of: ":") {
            let candidate = rest[rest.startIndex..<colon]
            if let first = candidate.unicodeScalars.first, isAlpha(first),
               candidate.unicodeScalars.allSatisfy({ isAlpha($0) || isDigit($0) || $0 == "+" || $0 == "-" || $0 == "." }) {
                scheme = candidate
                rest = rest[rest.index(after: colon)...]
            }
        }
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        var query: Substring?
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        var authority: Substring?
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            authority = rest[afterSlashes..<end]
            rest = rest[end...]
        }
        return Components(scheme: scheme, authority: authority, path: rest, query: query, fragment: fragment)
    }

    /// True when `ref` has a scheme (is an absolute IRI, possibly with a fragment).
    public static func isAbsolute(_ ref: String) -> Bool { split(ref).scheme != nil }

    /// Resolves `ref` against `base` (RFC 3986 section 5.2, strict).
    public static func resolve(_ ref: String, against base: String?) -> String {
        let r = split(ref)
        if r.scheme != nil {
            return recompose(scheme: r.scheme, authority: r.authority, path: removeDotSegments(r.path),
                             query: r.query, fragment: r.fragment)
        }
        guard let base else { return ref }
        let b = split(base)
        var authority: Substring?
        var path: String
        var query: Substring?
        if r.authority != nil {
            authority = r.authority
            path = removeDotSegments(r.path)
            query = r.query
        } else {
            authority = b.authority
            if r.path.isEmpty {
                path = String(b.path)
                query = r.query ?? b.query
            } else {
                if r.path.hasPrefix("/") {
                    path = removeDotSegments(r.path)
                } else {
                    path = removeDotSegments(merge(base: b, refPath: r.path))
                }
                query = r.query
            }
        }
        return recompose(scheme: b.scheme, authority: authority, path: path, query: query, fragment: r.fragment)
    }

    private static func merge(base: Components, refPath: Substring) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + refPath }
        if let slash = base.path.lastIndex(of: "/") {
            return String(base.path[...slash]) + refPath
        }
        return String(refPath)
    }

    /// RFC 3986 section 5.2.4.
    public static func removeDotSegments<S: StringProtocol>(_ input: S) -> String {
        if !input.contains(".") { return String(input) }
        var inp = Substring(input)
        var output: [Substring] = []
        // Output is kept as segments each starting with "/" (except possibly the first).
        while !inp.isEmpty {
            if inp.hasPrefix("../") { inp = inp.dropFirst(3) }
            else if inp.hasPrefix("./") { inp = inp.dropFirst(2) }
            else if inp.hasPrefix("/./") { inp = inp.dropFirst(2) }
            else if inp == "/." { inp = "/" }
            else if inp.hasPrefix("/../") { inp = inp.dropFirst(3); if !output.isEmpty { output.removeLast() } }
            else if inp == "/.." { inp = "/"; if !output.isEmpty { output.removeLast() } }
            else if inp == "." || inp == ".." { inp = "" }
            else {
                var end = inp.startIndex
                if inp.hasPrefix("/") { end = inp.index(after: end) }
                end = inp[end...].firstIndex(of: "/") ?? inp.endIndex
                output.append(inp[inp.startIndex..<end])
                inp = inp[end...]
            }
        }
        return output.joined()
    }

    private static func recompose(scheme: Substring?, authority: Substring?, path: String,
                                  query: Substring?, fragment: Substring?) -> String {
        var out = ""
        if let scheme { out += scheme; out += ":" }
        if let authority { out += "//"; out += authority }
        out += path
        if let query { out += "?"; out += query }
        if let fragment { out += "#"; out += fragment }
        return out
    }

    /// A relative reference for `iri` against `base` when `iri` extends it simply (for serializers).
    public static func relativize(_ iri: String, against base: String) -> String? {
        guard iri.hasPrefix(base), iri != base else { return nil }
        let rest = iri.dropFirst(base.count)
        if rest.hasPrefix("#") || (base.hasSuffix("/") && !rest.hasPrefix("/") && !rest.contains(":")
                                    && !rest.hasPrefix("?") && !rest.hasPrefix(".")) {
            return String(rest)
        }
        return nil
    }

    /// Checks the characters of an absolute IRI as RDF 1.1 concrete syntaxes require
    /// (a scheme, and none of the characters forbidden in IRIREF). Returns an error message or nil.
    public static func validationError(_ iri: String) -> String? {
        for s in iri.unicodeScalars {
            let v = s.value
            if v <= 0x20 || s == "<" || s == ">" || s == "\"" || s == "{" || s == "}" || s == "|"
                || s == "^" || s == "`" || s == "\\" {
                return "invalid character U+\(NTriplesEscaping.hex4(v)) in IRI <\(iri)>"
            }
        }
        if split(iri).scheme == nil { return "IRI <\(iri)> is not absolute" }
        return nil
    }

    @inline(__always) static func isAlpha(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
