import Foundation
import RDF
import Store

/// What the views read the graph with: the union graph, the base, labels and small helpers.
public struct ViewContext: Sendable {
    public let graph: GraphView
    /// The base resource IRIs are under.
    public let base: String
    /// `{base}id/`.
    public let idBase: String
    /// Which classes make each kind and which properties fill each field.
    public let mapping: VocabularyMapping
    let labeler: Labeler
    /// Each kind's compiled `map:idPattern`.
    private let idPatterns: [ResourceKind: NSRegularExpression]

    public init(_ dataset: CatalogDataset) {
        graph = dataset.unionGraph
        base = dataset.base
        idBase = dataset.base + "id/"
        mapping = dataset.mapping
        labeler = Labeler(graph)
        idPatterns = mapping.kinds.compactMapValues { $0.idPattern.flatMap { try? NSRegularExpression(pattern: $0) } }
    }

    // MARK: ids

    /// The id of a resource of `kind`: the path after `{base}id/{kind}/`; for other IRIs under
    /// `{base}id/`, the path after it; for other IRIs under the base, the first capture group of the
    /// kind's `map:idPattern` when it matches the whole path after the base; else nil.
    public func id(of iri: String, kind: ResourceKind) -> String? {
        let own = idBase + kind.pathSegment + "/"
        if iri.hasPrefix(own) { return String(iri.dropFirst(own.count)) }
        if iri.hasPrefix(idBase) { return String(iri.dropFirst(idBase.count)) }
        guard iri.hasPrefix(base), let regex = idPatterns[kind] else { return nil }
        let path = String(iri.dropFirst(base.count))
        let whole = NSRange(path.startIndex..., in: path)
        guard let match = regex.firstMatch(in: path, options: [.anchored], range: whole), match.range == whole,
              let range = Range(match.range(at: 1), in: path), !range.isEmpty else { return nil }
        return String(path[range])
    }

    /// The IRI for an id of `kind` (the inverse of `id(of:kind:)`).
    public func iri(of id: String, kind: ResourceKind) -> String {
        let direct = idBase + kind.pathSegment + "/" + id
        if graph.id(iri: direct) != nil { return direct }
        return idBase + id
    }

    /// The kind of a resource, from its types.
    public func kind(of node: TermID) -> ResourceKind? {
        guard let type = graph.id(iri: RDFVocabulary.type) else { return nil }
        let types = Set(graph.objects(node, type).compactMap { graph.term($0).iriValue })
        return mapping.kind(ofTypes: types)
    }

    /// The instances of `kind`, in IRI order.
    public func members(_ kind: ResourceKind) -> [TermID] {
        guard let type = graph.id(iri: RDFVocabulary.type) else { return [] }
        var out = Set<TermID>()
        for cls in mapping.classes(kind) { if let c = graph.id(iri: cls) { out.formUnion(graph.subjects(type, c)) } }
        return out.filter { graph.kind($0) == .iri }.map { ($0, iriString($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    // MARK: reading

    public func iriString(_ node: TermID) -> String { graph.term(node).iriValue ?? "" }

    func p(_ iri: String) -> TermID? { graph.id(iri: iri) }

    public func objects(_ s: TermID, _ predicate: String) -> [TermID] {
        guard let pid = p(predicate) else { return [] }
        return graph.objects(s, pid)
    }

    public func subjects(_ predicate: String, _ o: TermID) -> [TermID] {
        guard let pid = p(predicate) else { return [] }
        return graph.subjects(pid, o)
    }

    public func literal(_ s: TermID, _ predicate: String) -> Literal? {
        objects(s, predicate).lazy.compactMap { graph.term($0).literalValue }.first
    }

    public func string(_ s: TermID, _ predicate: String) -> String? { literal(s, predicate)?.lexicalForm }

    public func int(_ s: TermID, _ predicate: String) -> Int? { string(s, predicate).flatMap { Int($0) } }

    public func text(_ s: TermID, _ predicate: String) -> LocalizedText {
        guard let pid = p(predicate) else { return LocalizedText() }
        return Labeler.text(graph, s, pid)
    }

    /// Every literal value of `predicate` grouped by language ("" for untagged), each list sorted.
    public func texts(_ s: TermID, _ predicate: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for o in objects(s, predicate) {
            if let l = graph.term(o).literalValue { out[l.language ?? "", default: []].append(l.lexicalForm) }
        }
        return out.mapValues { $0.sorted() }
    }

    public func labels(_ node: TermID) -> LocalizedText { labeler.labels(node) }

    /// A link to `node` (IRIs only; blank nodes and literals give nil).
    public func link(_ node: TermID) -> Link? {
        guard let iri = graph.term(node).iriValue else { return nil }
        let kind = kind(of: node)
        let linkID = kind.flatMap { id(of: iri, kind: $0) } ?? (iri.hasPrefix(idBase) ? String(iri.dropFirst(idBase.count)) : nil)
        return Link(iri: iri, kind: kind, id: linkID, labels: labels(node),
                    notation: string(node, SKOS.notation))
    }

    public func links(_ s: TermID, _ predicate: String) -> [Link] {
        objects(s, predicate).compactMap(link).sorted { $0.iri < $1.iri }
    }

    public func inverseLinks(_ predicate: String, _ o: TermID) -> [Link] {
        subjects(predicate, o).compactMap(link).sorted { $0.iri < $1.iri }
    }
}
