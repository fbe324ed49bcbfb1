import RDF
import Store

/// Finds the human-readable labels of resources, in every language.
public struct Labeler: Sendable {
    /// Label properties, most specific first: the first one a resource has is used.
    public static let labelProperties = [SKOS.prefLabel, DCTERMS.title, RDFS.label, SchemaOrg.name, SchemaOrg.title, FOAF.name]

    public let graph: GraphView
    private let properties: [TermID]

    public init(_ graph: GraphView) {
        self.graph = graph
        properties = Self.labelProperties.compactMap { graph.id(iri: $0) }
    }

    /// The values of the first label property `node` has.
    public func labels(_ node: TermID) -> LocalizedText {
        for p in properties {
            let text = Self.text(graph, node, p)
            if !text.isEmpty { return text }
        }
        return LocalizedText()
    }

    public func labels(_ term: Term) -> LocalizedText {
        graph.id(term).map(labels) ?? LocalizedText()
    }

    /// The literal values of `node p ?o` as a localized text.
    public static func text(_ graph: GraphView, _ node: TermID, _ p: TermID) -> LocalizedText {
        var text = LocalizedText()
        for o in graph.objects(node, p) {
            if let l = graph.term(o).literalValue { text.add(l.lexicalForm, language: l.language) }
        }
        return text
    }
}
