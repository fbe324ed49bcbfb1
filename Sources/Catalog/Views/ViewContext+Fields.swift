import RDF
import Store

/// Reading a view's fields through the vocabulary mapping: each field names the properties that
/// fill it (`VocabularyMapping.properties`); a field the mapping leaves out stays empty.
extension ViewContext {
    /// The properties of `field` of `kind`.
    public func properties(_ kind: ResourceKind, _ field: String) -> [String] { mapping.properties(kind, field) }

    /// The objects of every property of the field, in property order, once each.
    public func objects(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [TermID] {
        Self.once(properties(kind, field).flatMap { objects(s, $0) })
    }

    /// The subjects having `o` as value of a property of the field, once each.
    public func subjects(_ kind: ResourceKind, _ field: String, _ o: TermID) -> [TermID] {
        Self.once(properties(kind, field).flatMap { subjects($0, o) })
    }

    /// The first literal of the field's properties.
    public func literal(_ s: TermID, _ kind: ResourceKind, _ field: String) -> Literal? {
        properties(kind, field).lazy.compactMap { literal(s, $0) }.first
    }

    /// The text of the first property of the field that `s` has.
    public func text(_ s: TermID, _ kind: ResourceKind, _ field: String) -> LocalizedText {
        for p in properties(kind, field) {
            let t = text(s, p)
            if !t.isEmpty { return t }
        }
        return LocalizedText()
    }

    /// Every literal of the field's properties, grouped by language, each list sorted.
    public func texts(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for p in properties(kind, field) { out.merge(texts(s, p)) { $0 + $1 } }
        return out.mapValues { $0.sorted() }
    }

    /// The first literal of the field's properties.
    public func string(_ s: TermID, _ kind: ResourceKind, _ field: String) -> String? {
        properties(kind, field).lazy.compactMap { string(s, $0) }.first
    }

    public func int(_ s: TermID, _ kind: ResourceKind, _ field: String) -> Int? {
        string(s, kind, field).flatMap { Int($0) }
    }

    /// Links to the values of every property of the field, once each, in IRI order.
    public func links(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [Link] {
        Self.unique(properties(kind, field).flatMap { links(s, $0) })
    }

    /// Links to the resources having `o` as value of a property of the field, once each, in IRI order.
    public func inverseLinks(_ kind: ResourceKind, _ field: String, _ o: TermID) -> [Link] {
        Self.unique(properties(kind, field).flatMap { inverseLinks($0, o) })
    }

    /// The IRIs of the field's values, sorted.
    public func iris(_ s: TermID, _ kind: ResourceKind, _ field: String) -> [String] {
        objects(s, kind, field).map(iriString).sorted()
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
