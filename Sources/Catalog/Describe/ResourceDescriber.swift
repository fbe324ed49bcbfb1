import RDF
import RDFFormats
import Store

/// Builds `ResourceDescription`s from a loaded catalog.
public struct ResourceDescriber: Sendable {
    public let dataset: CatalogDataset
    public let prefixes: PrefixMap
    /// At most this many values per predicate (the rest are counted).
    public var maxValues = 30
    /// At most this many incoming links per predicate.
    public var maxIncoming = 10

    public init(_ dataset: CatalogDataset) {
        self.dataset = dataset
        prefixes = PrefixMap(dataset.prefixes)
    }

    private var graph: GraphView { dataset.unionGraph }

    /// The IRI a reference names: `<iri>`, an absolute IRI, a CURIE, or a path under `{base}id/`.
    public func resolve(_ reference: String) throws -> Term {
        .iri(try prefixes.expand(reference, base: dataset.base))
    }

    /// The node of a reference, if the catalog mentions it as a subject or an object.
    public func node(_ reference: String) throws -> TermID {
        let term = try resolve(reference)
        guard let id = graph.id(term), graph.hasSubject(id) || graph.hasObject(id) else {
            throw CatalogError.unknownResource(reference == term.iriValue ? "<\(reference)>" : "\(reference) (<\(term.iriValue ?? "")>)")
        }
        return id
    }

    public func describe(_ reference: String, language: String? = nil) throws -> ResourceDescription {
        let id = try node(reference)
        let labeler = Labeler(graph)
        let type = graph.id(iri: RDFVocabulary.type)
        var groups: [TermID: [TermID]] = [:]
        graph.match(id, nil, nil) { _, p, o in groups[p, default: []].append(o) }
        let types = type.flatMap { groups.removeValue(forKey: $0) } ?? []
        var incoming: [TermID: [TermID]] = [:]
        // Incoming links from named resources only (blank nodes are shown with their owner).
        graph.match(nil, nil, id) { s, p, _ in if graph.kind(s) != .blankNode { incoming[p, default: []].append(s) } }
        return ResourceDescription(
            resource: graph.term(id),
            label: labeler.labels(id).pick(language),
            types: types.sorted { graph.term($0) < graph.term($1) }.map { linked($0, labeler, language, depth: 0) },
            properties: group(groups, labeler, language, limit: maxValues, depth: 1),
            incoming: group(incoming, labeler, language, limit: maxIncoming, depth: 0),
            graphs: graphs(of: id))
    }

    /// The resource's triples and those of the blank nodes it leads to (its concise bounded
    /// description), for RDF output.
    public func triples(_ reference: String) throws -> [Quad] {
        var out: [Quad] = []
        var queue = [try node(reference)]
        var seen = Set(queue)
        while let s = queue.popLast() {
            graph.match(s, nil, nil) { s, p, o in
                out.append(Quad(graph.term(s), graph.term(p), graph.term(o)))
                if graph.kind(o) == .blankNode, seen.insert(o).inserted { queue.append(o) }
            }
        }
        return out
    }

    /// Writes the concise bounded description as `format`.
    public func write(_ reference: String, format: RDFFormat, to out: inout some TextOutputStream) throws {
        let used = prefixes.declarations.map { (prefix: $0.prefix, namespace: $0.namespace) }
        try RDFSerializing.write(try triples(reference), format: format, prefixes: used, to: &out)
    }

    private func group(_ groups: [TermID: [TermID]], _ labeler: Labeler, _ language: String?, limit: Int, depth: Int)
        -> [PropertyValues] {
        groups.map { p, values -> PropertyValues in
            let iri = graph.term(p).iriValue ?? ""
            let sorted = values.sorted { graph.term($0) < graph.term($1) }
            return PropertyValues(predicate: iri, label: labeler.labels(p).pick(language),
                                  values: sorted.prefix(limit).map { linked($0, labeler, language, depth: depth) },
                                  omitted: max(0, sorted.count - limit))
        }.sorted { prefixes.shorten($0.predicate) < prefixes.shorten($1.predicate) }
    }

    private func linked(_ o: TermID, _ labeler: Labeler, _ language: String?, depth: Int) -> LinkedValue {
        let term = graph.term(o)
        var nested: [PropertyValues] = []
        if term.isBlankNode && depth > 0 {
            var groups: [TermID: [TermID]] = [:]
            graph.match(o, nil, nil) { _, p, v in groups[p, default: []].append(v) }
            nested = group(groups, labeler, language, limit: maxValues, depth: depth - 1)
        }
        return LinkedValue(term: term, label: term.isLiteral ? nil : labeler.labels(o).pick(language), nested: nested)
    }

    private func graphs(of id: TermID) -> [String] {
        var names = Set<String>()
        dataset.snapshot.match(id, nil, nil, graph: .anyNamed) { q in
            if let iri = dataset.snapshot.term(q.graph).iriValue { names.insert(iri) }
            return true
        }
        return names.map { $0.hasPrefix(CatalogFile.graphPrefix) ? String($0.dropFirst(CatalogFile.graphPrefix.count)) : $0 }.sorted()
    }
}
