import RDF
import RDFFormats

/// JSON-LD for a streamed export: byte for byte the document the whole-body export wrote (every
/// node in one `@graph`, compacted with the project's context when the server has one, else the
/// expanded array), written one node at a time.
///
/// The JSON-LD serializer lists nodes by subject and builds each from that subject's quads alone,
/// and the JSON writer prints an array's items one per line at a fixed depth; so each node is
/// compacted and printed alone, then indented to its depth in the document. The document's opening
/// and closing are taken from the real serializer's output for the first two nodes, which must be
/// exactly opening + node 1 + `,` + node 2 + closing: if not (or with fewer than two nodes, a blank
/// node or a named graph), `plan()` answers nil and the export is serialized whole. Nodes are then
/// serialized a few hundred at a time (`batch`), the frame cut from each batch's document.
struct ExportJSONLD {
    let descriptions: ExportDescriptions
    let repository: any LinkedDataRepository

    /// What the first pass learnt: the frame around the nodes and the subjects in node order.
    struct Plan {
        let opening: String
        let closing: String
        let subjects: [Term]
    }

    func plan() throws -> Plan? {
        var subjects = Set<String>()
        for index in descriptions.iris.indices {
            guard let quads = descriptions.description(at: index) else { continue }
            for q in quads {
                if q.graph != nil || q.subject.isBlankNode || q.object.isBlankNode { return nil }
                if case .iri(let iri) = q.subject { subjects.insert(iri) }
            }
        }
        // The serializer's node order: subjects as strings, sorted.
        let ordered = subjects.sorted().map { Term.iri($0) }
        guard ordered.count >= 2 else { return nil }
        let first = descriptions.quads(about: ordered[0]), second = descriptions.quads(about: ordered[1])
        let whole = try RDFText.write(first + second, format: .jsonld, repository: repository)
        let items = try node(first) + "," + node(second)
        guard let range = whole.range(of: items) else { return nil }
        return Plan(opening: String(whole[..<range.lowerBound]), closing: String(whole[range.upperBound...]),
                    subjects: ordered)
    }

    /// Subjects serialized at once.
    static let batch = 1024

    /// The nodes of `subjects` (consecutive in the plan's order) as they stand in the document,
    /// from the line break before the first to the end of the last, separated by commas.
    func nodes(of subjects: ArraySlice<Term>, _ plan: Plan) throws -> String {
        guard subjects.count >= 2 else { return try subjects.map { try node(descriptions.quads(about: $0)) }.joined(separator: ",") }
        let text = try RDFText.write(subjects.flatMap { descriptions.quads(about: $0) }, format: .jsonld, repository: repository)
        guard text.hasPrefix(plan.opening), text.hasSuffix(plan.closing),
              text.count >= plan.opening.count + plan.closing.count else {
            // Not the frame of the whole document: each node alone, as the plan checked them.
            return try subjects.map { try node(descriptions.quads(about: $0)) }.joined(separator: ",")
        }
        return String(text.dropFirst(plan.opening.count).dropLast(plan.closing.count))
    }

    private func node(_ quads: [Quad]) throws -> String {
        let value: JSONValue
        let indent: String
        if let context = repository.jsonldContext {
            // Compacted alone, the node carries the context; in the document it sits in `@graph`.
            guard case .object(var object) = try context.compact(quads, contextURL: "") else { return "" }
            object["@context"] = nil
            value = .object(object)
            indent = "    "
        } else {
            guard case .array(let nodes) = try JSONLDSerializer().document(quads), let only = nodes.first else { return "" }
            value = only
            indent = "  "
        }
        let text = JSONWriter.write(value, options: .init(pretty: true, sortKeys: true))
        return "\n" + indent + text.replacingOccurrences(of: "\n", with: "\n" + indent)
    }
}
