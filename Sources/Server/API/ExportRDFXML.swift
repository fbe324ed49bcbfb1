import RDF
import RDFFormats

/// RDF/XML for a streamed export: byte for byte the document the whole-body export wrote (one
/// `rdf:Description` per subject in the order subjects first occur, each with its properties in
/// the order they occur), written one subject at a time.
///
/// The first pass lists the predicates in the order they first occur; the real serializer's
/// document for one triple per predicate gives the root element with every namespace declaration
/// (the caller's prefixes, `ns1`… generated for the others) and the closing tag. Each subject is
/// then serialized with exactly those declarations as prefixes, so its properties get the same
/// qualified names, and its `rdf:Description` is cut from that document (a few hundred subjects
/// at a time, `batch`). A subject first met
/// among another resource's links has its labels there and, if it is exported, the rest of its
/// own description after them, as in the whole document. With a blank node (nesting depends on
/// every reference to it), a named graph, no subject, a declaration the cut cannot carry, or two
/// subjects whose document is not the concatenation of their cuts, `plan()` answers nil and the
/// export is serialized whole.
struct ExportRDFXML {
    let descriptions: ExportDescriptions
    let prefixes: [(prefix: String, namespace: String)]

    /// The document's frame and the prefixes that give every predicate its qualified name.
    struct Plan {
        let opening: String
        let closing: String
        let names: [String: String]
    }

    func plan() async throws -> Plan? {
        var predicates: [Term] = [], known = Set<Term>(), subjects: [Term] = [], seenSubjects = Set<Term>()
        var blank = false
        await descriptions.forEachNew { quads in
            for q in quads {
                if q.graph != nil || q.subject.isBlankNode || q.object.isBlankNode { blank = true }
                if known.insert(q.predicate).inserted { predicates.append(q.predicate) }
                if subjects.count < 2, seenSubjects.insert(q.subject).inserted { subjects.append(q.subject) }
            }
        }
        guard !blank, subjects.count == 2 else { return nil }
        var namespaces: [String: String] = [:]
        for p in prefixes { namespaces[p.prefix] = p.namespace }
        let frame = try RDFXMLSerializer(prefixes: namespaces).serialize(
            predicates.map { Triple(.iri("urn:lodestat:export"), $0, .literal(Literal("x"))) })
        guard let (opening, _, closing) = Self.cut(frame), let names = Self.declarations(opening) else { return nil }
        // The concatenation holds for two subjects written together.
        let plan = Plan(opening: opening, closing: closing, names: names)
        let first = try description(of: subjects[0], plan, from: nil)
        let second = try description(of: subjects[1], plan, from: nil)
        let both = try RDFXMLSerializer(prefixes: names).serialize(
            (quads(of: subjects[0]) + quads(of: subjects[1])).map(\.triple))
        guard let (_, inner, _) = Self.cut(both), inner == first + second else { return nil }
        return plan
    }

    /// Subjects serialized at once.
    static let batch = 256

    /// The `rdf:Description` of `subject` as the whole document holds it, `quads` being the
    /// description where the subject is first met (nil: all its quads, in any order).
    func description(of subject: Term, _ plan: Plan, from quads: [Quad]?) throws -> String {
        try descriptions(of: self.quads(of: subject, first: quads), plan)
    }

    /// The `rdf:Description`s of `quads`: the quads of consecutive subjects, each subject's together
    /// and in document order.
    func descriptions(of quads: [Quad], _ plan: Plan) throws -> String {
        Self.cut(try RDFXMLSerializer(prefixes: plan.names).serialize(quads.map(\.triple)))?.inner ?? ""
    }

    /// The quads of `subject` in document order: those of the description where it is first met
    /// (`first`, all of them when nil), then, if it is exported, the rest of its own description.
    func quads(of subject: Term, first: [Quad]? = nil) -> [Quad] {
        guard let first else { return descriptions.quads(about: subject) }
        var seen = Set<Quad>()
        var quads = first.filter { $0.subject == subject && seen.insert($0).inserted }
        if case .iri(let iri) = subject, descriptions.position[iri] != nil {
            quads += descriptions.quads(about: subject).filter { seen.insert($0).inserted }
        }
        return quads
    }

    /// A document cut into the root's start tag (with the XML declaration), its content and the
    /// root's end tag with the line break before it; nil when it has no content (an empty root
    /// closes itself).
    static func cut(_ document: String) -> (opening: String, inner: String, closing: String)? {
        guard let root = document.range(of: "<rdf:RDF"),
              let startEnd = document[root.upperBound...].firstIndex(of: ">"),
              document[document.index(before: startEnd)] != "/",
              let end = document.range(of: "</rdf:RDF>", options: .backwards) else { return nil }
        let afterStart = document.index(after: startEnd)
        var closing = end.lowerBound
        while closing > afterStart, document[document.index(before: closing)].isWhitespace {
            closing = document.index(before: closing)
        }
        return (String(document[..<afterStart]), String(document[afterStart..<closing]), String(document[closing...]))
    }

    /// The `xmlns:p="ns"` declarations of a root start tag (`rdf` left to the serializer); nil when
    /// a namespace holds an escaped character.
    static func declarations(_ opening: String) -> [String: String]? {
        var names: [String: String] = [:]
        var rest = Substring(opening)
        while let r = rest.range(of: " xmlns:") {
            rest = rest[r.upperBound...]
            guard let eq = rest.range(of: "=\"") else { return nil }
            let prefix = String(rest[..<eq.lowerBound])
            rest = rest[eq.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { return nil }
            let namespace = String(rest[..<close])
            if namespace.contains("&") { return nil }
            if prefix != "rdf" { names[prefix] = namespace }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
