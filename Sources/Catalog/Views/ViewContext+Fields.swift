import RDF
import Store

/// Reading a view's fields through the vocabulary mapping: each field names the property paths
/// that fill it (`VocabularyMapping.properties`); a field the mapping leaves out stays empty.
extension ViewContext {
    /// The property paths of `field` of `kind`.
    public func properties(_ kind: ResourceKind, _ field: String) -> [PropertyPath] { mapping.properties(kind, field) }

    /// The nodes reached from `s` through `path`, in order, once each.
    func follow(_ s: TermID, _ path: some Collection<String>) -> [TermID] {
        var nodes = [s]
        for p in path { nodes = Self.once(nodes.flatMap { objects($0, p) }) }
        return nodes
    }

    /// The nodes from which `path` leads to `o`, once each.
    func back(_ o: TermID, _ path: PropertyPath) -> [TermID] {
        var nodes = [o]
        for p in path.reversed() { nodes = Self.once(nodes.flatMap { subjects(p, $0) }) }
        return nodes
    }

    /// Every literal reached through `paths`, grouped by language ("" for untagged), each list sorted.
    public func texts(_ s: TermID, paths: [PropertyPath]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for o in Self.once(paths.flatMap { follow(s, $0) }) {
            if let l = graph.term(o).literalValue { out[l.language ?? "", default: []].append(l.lexicalForm) }
        }
        return out.mapValues { $0.sorted() }
    }

    /// The first literal reached through `paths`, in order.
    public func string(_ s: TermID, paths: [PropertyPath]) -> String? {
        for path in paths {
            if let l = follow(s, path).lazy.compactMap({ self.graph.term($0).literalValue }).first { return l.lexicalForm }
        }
        return nil
    }

    /// The values of every path of the field, in path order, once each.
    public func objects(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [TermID] {
        Self.once(properties(kind, field).flatMap { follow(s, $0) })
    }

    /// The resources from which a path of the field leads to `o`, once each.
    public func subjects(_ kind: ResourceKind, _ field: String, _ o: TermID) -> [TermID] {
        Self.once(properties(kind, field).flatMap { back(o, $0) })
    }

    /// The text of the first path of the field that `s` has a literal for.
    public func text(_ s: TermID, _ kind: ResourceKind, _ field: String) -> LocalizedText {
        for path in properties(kind, field) {
            guard let last = path.last, let pid = p(last) else { continue }
            var t = LocalizedText()
            for node in follow(s, path.dropLast()) {
                for o in graph.objects(node, pid) {
                    if let l = graph.term(o).literalValue { t.add(l.lexicalForm, language: l.language) }
                }
            }
            if !t.isEmpty { return t }
        }
        return LocalizedText()
    }

    /// Every literal of the field's paths, grouped by language ("" for untagged), each list sorted.
    public func texts(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [String: [String]] {
        texts(s, paths: properties(kind, field))
    }

    /// The first literal of the field's paths.
    public func literal(_ s: TermID, _ kind: ResourceKind, _ field: String) -> Literal? {
        for path in properties(kind, field) {
            if let l = follow(s, path).lazy.compactMap({ self.graph.term($0).literalValue }).first { return l }
        }
        return nil
    }

    public func string(_ s: TermID, _ kind: ResourceKind, _ field: String) -> String? {
        literal(s, kind, field)?.lexicalForm
    }

    public func int(_ s: TermID, _ kind: ResourceKind, _ field: String) -> Int? {
        string(s, kind, field).flatMap { Int($0) }
    }

    /// Links to the field's values, once each, in IRI order.
    public func links(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [Link] {
        Self.unique(objects(s, kind, field).compactMap(link))
    }

    /// Links to the resources from which a path of the field leads to `o`, once each, in IRI order.
    public func inverseLinks(_ kind: ResourceKind, _ field: String, _ o: TermID) -> [Link] {
        Self.unique(subjects(kind, field, o).compactMap(link))
    }

    static func once(_ nodes: [TermID]) -> [TermID] {
        var seen = Set<TermID>()
        return nodes.filter { seen.insert($0).inserted }
    }

    static func unique(_ links: [Link]) -> [Link] {
        var seen = Set<String>()
        return links.filter { seen.insert($0.iri).inserted }.sorted { $0.iri < $1.iri }
    }
}
