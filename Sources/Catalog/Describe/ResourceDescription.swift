import RDF

/// A bounded, readable description of one resource: its triples grouped by predicate, with the
/// labels of linked resources in the chosen language, and the resources that point to it.
public struct ResourceDescription: Sendable {
    public var resource: Term
    public var label: LocalizedValue?
    public var types: [LinkedValue]
    /// Outgoing triples, grouped by predicate (rdf:type excluded: see `types`).
    public var properties: [PropertyValues]
    /// Incoming links, grouped by predicate.
    public var incoming: [PropertyValues]
    /// The files (graph names) that state something about the resource.
    public var graphs: [String]
}

extension ResourceDescription {
    /// The human-readable text form.
    public func text(_ prefixes: PrefixMap) -> String {
        var out = prefixes.display(resource)
        if let label { out += "  — " + label.text + (label.isFallback ? " [\(label.language.isEmpty ? "no language" : label.language)]" : "") }
        out += "\n"
        if case .iri(let iri) = resource { out += "  <\(iri)>\n" }
        if !types.isEmpty { out += "  a " + types.map { Self.value($0, prefixes) }.joined(separator: ", ") + "\n" }
        if !graphs.isEmpty { out += "  in " + graphs.joined(separator: ", ") + "\n" }
        for group in properties { out += Self.render(group, prefixes, indent: "  ") }
        if !incoming.isEmpty {
            out += "\n  referenced by:\n"
            for group in incoming { out += Self.render(group, prefixes, indent: "  ", inverse: true) }
        }
        return out
    }

    static func render(_ group: PropertyValues, _ prefixes: PrefixMap, indent: String, inverse: Bool = false) -> String {
        var out = "\n" + indent + (inverse ? "^" : "") + prefixes.shorten(group.predicate)
        if let l = group.label { out += " (" + l.text + ")" }
        out += "\n"
        for v in group.values {
            out += indent + "    " + value(v, prefixes) + "\n"
            for nested in v.nested {
                for n in nested.values {
                    out += indent + "        " + prefixes.shorten(nested.predicate) + " " + value(n, prefixes) + "\n"
                }
            }
        }
        if group.omitted > 0 { out += indent + "    … and \(group.omitted) more\n" }
        return out
    }

    static func value(_ v: LinkedValue, _ prefixes: PrefixMap) -> String {
        if case .blankNode = v.term, !v.nested.isEmpty { return "[ ]" }
        var s = prefixes.display(v.term)
        if let l = v.label { s += "  — " + l.text }
        return s
    }
}
