import RDF

/// Writes triples as RDF/XML with libxml2's text writer: one `rdf:Description` per subject,
/// blank nodes referenced exactly once nested as `rdf:parseType="Resource"`, the others named
/// with `rdf:nodeID`; literals keep `xml:lang` and `rdf:datatype`.
public struct RDFXMLSerializer {
    /// Prefix → namespace; used for predicates, with `ns1`, `ns2`… generated for the others.
    public var prefixes: [String: String]
    /// When given, written as `xml:base` and used to shorten `rdf:about`/`rdf:resource` values.
    public var base: String?

    public init(prefixes: [String: String] = [:], base: String? = nil) {
        self.prefixes = prefixes
        self.base = base
    }

    /// The RDF/XML document for `triples`. Throws `RDFSerializationError.notSerializable` when a predicate
    /// cannot be written as an XML element name or a literal holds characters XML 1.0 forbids.
    public func serialize(_ triples: [Triple]) throws -> String {
        let names = try RDFXMLPredicateNames(predicates: triples.map(\.predicate), prefixes: prefixes)
        var plan = RDFXMLSubjectPlan(triples)
        let writer = try XMLTextWriter()
        try writer.startDocument()
        try writer.startElement("rdf:RDF")
        for (prefix, namespace) in names.declarations {
            try writer.attribute("xmlns:" + prefix, namespace)
        }
        if let base { try writer.attribute("xml:base", base) }
        var context = WriteContext(writer: writer, names: names, base: base)
        for subject in plan.order where plan.isTopLevel(subject) {
            try writeDescription(subject, &plan, &context)
        }
        // Blank nodes only reachable through a cycle of single references.
        for subject in plan.order where !plan.written.contains(subject) {
            try writeDescription(subject, &plan, &context)
        }
        try writer.endElement()
        return try writer.finish()
    }

    struct WriteContext {
        let writer: XMLTextWriter
        let names: RDFXMLPredicateNames
        let base: String?
        var labels: [String: String] = [:]

        mutating func label(_ blank: String) -> String {
            if let l = labels[blank] { return l }
            let l = "b\(labels.count + 1)"
            labels[blank] = l
            return l
        }

        func reference(_ iri: String) -> String {
            guard let base else { return iri }
            return IRI.relativize(iri, against: base) ?? iri
        }
    }

    private func writeDescription(_ subject: Term, _ plan: inout RDFXMLSubjectPlan, _ c: inout WriteContext) throws {
        plan.written.insert(subject)
        try c.writer.startElement("rdf:Description")
        switch subject {
        case .iri(let iri): try c.writer.attribute("rdf:about", c.reference(iri))
        case .blankNode(let b):
            if plan.references[subject, default: 0] > 0 { try c.writer.attribute("rdf:nodeID", c.label(b)) }
        case .literal: throw XMLTextWriter.failure("a literal cannot be a subject")
        }
        try writeProperties(of: subject, &plan, &c)
        try c.writer.endElement()
    }

    private func writeProperties(of subject: Term, _ plan: inout RDFXMLSubjectPlan, _ c: inout WriteContext) throws {
        for (predicate, object) in plan.properties[subject] ?? [] {
            try c.writer.startElement(c.names.qname(predicate))
            switch object {
            case .iri(let iri):
                try c.writer.attribute("rdf:resource", c.reference(iri))
            case .blankNode(let b):
                if plan.canNest(object) {
                    plan.written.insert(object)
                    try c.writer.attribute("rdf:parseType", "Resource")
                    try writeProperties(of: object, &plan, &c)
                } else {
                    try c.writer.attribute("rdf:nodeID", c.label(b))
                }
            case .literal(let l):
                try Self.checkXMLCharacters(l.lexicalForm)
                if let language = l.language { try c.writer.attribute("xml:lang", language) }
                else if l.datatype != XSD.string { try c.writer.attribute("rdf:datatype", l.datatype) }
                if !l.lexicalForm.isEmpty { try c.writer.text(l.lexicalForm) }
            }
            try c.writer.endElement()
        }
    }

    static func checkXMLCharacters(_ s: String) throws {
        for u in s.unicodeScalars {
            let v = u.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                throw XMLTextWriter.failure("a literal contains U+\(String(v, radix: 16, uppercase: true)), which XML 1.0 cannot carry")
            }
        }
    }
}
