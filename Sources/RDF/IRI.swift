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

    /// Splits an IRI reference with the regular expression of RFC 3986 appendix B (on UTF-8, delimiters are ASCII).
    public static func split(_ ref: String) -> Components {
        let u = ref.utf8
        var i = u.startIndex
        var scheme: Substring?
        if let end = schemeEnd(u) {
            scheme = Substring(ref[u.startIndex..<end])
            i = u.index(after: end)
        }
        // Authority: "//" up to the next "/", "?" or "#".
        var authority: Substring?
        if u[i...].starts(with: [0x2F, 0x2F]) {
            let start = u.index(i, offsetBy: 2)
            var j = start
            while j < u.endIndex, u[j] != 0x2F, u[j] != 0x3F, u[j] != 0x23 { j = u.index(after: j) }
            authority = Substring(ref[start..<j])
            i = j
        }
        var j = i
        while j < u.endIndex, u[j] != 0x3F, u[j] != 0x23 { j = u.index(after: j) }
        let path = Substring(ref[i..<j])
        var query: Substring?
        if j < u.endIndex, u[j] == 0x3F {
            let start = u.index(after: j)
            var k = start
            while k < u.endIndex, u[k] != 0x23 { k = u.index(after: k) }
            query = Substring(ref[start..<k])
            j = k
        }
        var fragment: Substring?
        if j < u.endIndex, u[j] == 0x23 { fragment = Substring(ref[u.index(after: j)...]) }
        return Components(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// The index of the ":" ending a valid scheme, if the reference starts with one.
    private static func schemeEnd(_ u: String.UTF8View) -> String.Index? {
        var i = u.startIndex
        guard i < u.endIndex, isAlphaByte(u[i]) else { return nil }
        i = u.index(after: i)
        while i < u.endIndex {
            let b = u[i]
            if b == 0x3A { return i }
            guard isAlphaByte(b) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E else { return nil }
            i = u.index(after: i)
        }
        return nil
    }

    @inline(__always) private static func isAlphaByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// True when `ref` has a scheme (is an absolute IRI, possibly with a fragment).
    public static func isAbsolute(_ ref: String) -> Bool { schemeEnd(ref.utf8) != nil }

    /// Resolves `ref` against `base` (RFC 3986 section 5.2, strict).
    public static func resolve(_ ref: String, against base: String?) -> String {
        if isAbsolute(ref) && !mayHaveDotSegment(ref.utf8) { return ref }
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

    /// False when no `.` starts a segment (follows `/` or the scheme's `:`): then the path has no
    /// `.` or `..` segment to remove and an absolute reference resolves to itself. Dots elsewhere
    /// (host names, file extensions) do not count.
    private static func mayHaveDotSegment(_ u: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in u {
            if b == 0x2E && (previous == 0x2F || previous == 0x3A) { return true }
            previous = b
        }
        return false
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
