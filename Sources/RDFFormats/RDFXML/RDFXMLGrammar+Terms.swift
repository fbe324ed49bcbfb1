#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

extension RDFXMLGrammar {
    /// Emits the triple; the terms are moved into the quad (copied only when it is reified).
    func emit(_ s: consuming Term, _ p: consuming String, _ o: consuming Term, reification: String? = nil) throws {
        guard let reification else { return try emitQuad(Quad(s, .iri(p), o)) }
        try emitQuad(Quad(copy s, .iri(copy p), copy o))
        let r = Term.iri(reification)
        try emitQuad(Quad(r, .iri(RDFVocabulary.type), .iri(RDFVocabulary.Statement)))
        try emitQuad(Quad(r, .iri(RDFVocabulary.subject), s))
        try emitQuad(Quad(r, .iri(RDFVocabulary.predicate), .iri(p)))
        try emitQuad(Quad(r, .iri(RDFVocabulary.object), o))
    }

    mutating func freshBlankNode() -> Term {
        blankCounter += 1
        return .blankNode(blankNodePrefix + "b" + String(blankCounter))
    }

    mutating func blankNode(nodeID: String) throws -> Term {
        guard RDFXMLNames.isNCName(nodeID) else { throw parser.error("rdf:nodeID \"\(nodeID)\" is not an XML NCName") }
        if let label = nodeIDs[nodeID] { return .blankNode(label) }
        let label = blankNodePrefix + "n" + String(nodeIDs.count + 1)
        nodeIDs[nodeID] = label
        return .blankNode(label)
    }

    /// The IRI an `rdf:ID` names, checked for NCName syntax and uniqueness against the base.
    mutating func idIRI(_ id: String, base: String?) throws -> String {
        guard RDFXMLNames.isNCName(id) else { throw parser.error("rdf:ID \"\(id)\" is not an XML NCName") }
        let iri = IRI.resolve("#" + id, against: base)
        guard usedIDs.insert(iri).inserted else { throw parser.error("rdf:ID \"\(id)\" is used twice for <\(iri)>") }
        return iri
    }

    /// A plain or language-tagged literal (`language` is already lower-cased).
    @inline(__always)
    func literal(_ value: consuming String, language: String?) -> Term {
        var l = Literal(value)
        if let language {
            l.datatype = RDFVocabulary.langString
            l.language = language
        }
        return .literal(l)
    }

    /// An `xml:lang` value, lower-cased (nil when empty: no language).
    mutating func languageTag(_ raw: UnsafeRawBufferPointer) -> String? {
        if raw.isEmpty { return nil }
        if let hit = languages.find(raw) { return hit }
        let tag = parser.attributeValue(raw).lowercased()
        languages.add(raw, tag)
        return tag
    }

    /// An attribute value as a string.
    @inline(__always)
    func string(_ raw: UnsafeRawBufferPointer) -> String { parser.attributeValue(raw) }

    /// An attribute value read as an IRI reference and resolved against `base`. Absolute IRIs
    /// (the same whatever the base) are kept in `recentIRIs`, so a recurring one is not decoded again.
    @inline(__always)
    mutating func iri(_ raw: UnsafeRawBufferPointer, base: String?) -> String {
        if let hit = recentIRIs.find(raw) { return hit }
        if Self.isAbsoluteWithoutDotSegments(raw) && !XMLPushParser.hasReference(raw) {
            let value = String(decoding: raw, as: UTF8.self)
            recentIRIs.add(raw, value)
            return value
        }
        return resolve(parser.attributeValue(raw), against: base)
    }

    /// Resolves `ref` against `base`, skipping the work for absolute IRIs without dot segments.
    @inline(__always)
    func resolve(_ ref: String, against base: String?) -> String {
        var ref = ref
        let absolute = ref.withUTF8 { Self.isAbsoluteWithoutDotSegments(UnsafeRawBufferPointer($0)) }
        return absolute ? ref : IRI.resolve(ref, against: base)
    }

    /// True for an absolute IRI (a scheme and a colon) in which no `.` follows a `/` or the
    /// colon: resolving it against any base would return it unchanged.
    static func isAbsoluteWithoutDotSegments(_ s: UnsafeRawBufferPointer) -> Bool {
        guard let start = s.baseAddress?.assumingMemoryBound(to: UInt8.self), let first = s.first,
              (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return false }
        var i = 1
        while true {
            guard i < s.count else { return false }
            let b = s[i]
            if b == 0x3A { break }
            let alnum = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            guard alnum || b == 0x2B || b == 0x2D || b == 0x2E else { return false }
            i += 1
        }
        let colon = i
        var from = colon + 1
        while from < s.count, let hit = memchr(start + from, 0x2E, s.count - from) {
            let dot = UnsafeRawPointer(hit) - UnsafeRawPointer(start)
            if dot == colon + 1 || s[dot - 1] == 0x2F { return false }
            from = dot + 1
        }
        return true
    }

    static func isWhitespace(_ s: UnsafeRawBufferPointer) -> Bool {
        s.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    static func isWhitespace(_ s: String.UTF8View) -> Bool {
        s.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
