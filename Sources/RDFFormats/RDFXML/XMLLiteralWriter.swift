import RDF

/// Builds the lexical form of an `rdf:XMLLiteral` from the events inside a
/// `rdf:parseType="Literal"` property element: Exclusive XML Canonicalization 1.0 with comments
/// and an empty InclusiveNamespaces PrefixList (RDF 1.1 XML Syntax, section 7.2.17).
struct XMLLiteralWriter {
    struct Attribute {
        var namespace: String?
        var prefix: String?
        var localName: String
        var value: String
    }

    private(set) var output = ""
    /// One entry per open element: its qualified name and the namespaces it rendered.
    private var open: [(qname: String, rendered: [(prefix: String, uri: String)])] = []

    var depth: Int { open.count }

    mutating func startElement(namespace: String?, prefix: String?, localName: String, attributes: [Attribute]) {
        let qname = prefix.map { $0 + ":" + localName } ?? localName
        var needed: [(prefix: String, uri: String)] = []
        func utilise(_ p: String, _ uri: String) {
            if needed.contains(where: { $0.prefix == p }) { return }
            if let current = inScope(p) {
                if current != uri { needed.append((p, uri)) }
            } else if !(p.isEmpty && uri.isEmpty) {
                needed.append((p, uri))
            }
        }
        utilise(prefix ?? "", namespace ?? "")
        for a in attributes {
            if let p = a.prefix, p != "xml", let uri = a.namespace { utilise(p, uri) }
        }
        needed.sort { $0.prefix < $1.prefix }
        output += "<" + qname
        for n in needed {
            output += n.prefix.isEmpty ? " xmlns=\"" : " xmlns:" + n.prefix + "=\""
            output += Self.escapeAttribute(n.uri) + "\""
        }
        let sorted = attributes.sorted { ($0.namespace ?? "", $0.localName) < ($1.namespace ?? "", $1.localName) }
        for a in sorted {
            output += " " + (a.prefix.map { $0 + ":" + a.localName } ?? a.localName)
            output += "=\"" + Self.escapeAttribute(a.value) + "\""
        }
        output += ">"
        open.append((qname, needed))
    }

    mutating func endElement() {
        guard let last = open.popLast() else { return }
        output += "</" + last.qname + ">"
    }

    mutating func text(_ s: String) { output += Self.escapeText(s) }

    mutating func comment(_ s: String) { output += "<!--" + s + "-->" }

    mutating func processingInstruction(target: String, data: String) {
        output += "<?" + target + (data.isEmpty ? "" : " " + data) + "?>"
    }

    private func inScope(_ prefix: String) -> String? {
        for entry in open.reversed() {
            if let hit = entry.rendered.first(where: { $0.prefix == prefix }) { return hit.uri }
        }
        return nil
    }

    static func escapeText(_ s: String) -> String {
        MarkupEscaping.escape(s, .xmlText)
    }

    static func escapeAttribute(_ s: String) -> String {
        MarkupEscaping.escape(s, .xmlAttribute)
    }
}
