import Catalog
import Foundation
import RDF
import SPARQL

extension RemoteCatalog {
    /// One page of the unfiltered list of `kind`, paged by the engine: the list's size (a SPARQL
    /// `COUNT`) and the page's IRIs (`ORDER BY` id, `LIMIT`, `OFFSET`: the order of the typed views)
    /// are asked at once, then only those resources' subgraphs are read (what their detail reads).
    /// Returns the dataset and the page (`items`: the page's IRIs in list order, `total`: the list's size).
    public func page(of kind: ResourceKind, limit: Int, offset: Int) async throws -> (CatalogDataset, Page<String>) {
        let started = Date()
        let idBase = rewriter.to + "id/"
        let client = self.client
        let countText = try SubgraphQuery.listCount(kind, idBase: idBase)
        let pageText = try SubgraphQuery.listPage(kind, idBase: idBase, limit: limit, offset: offset)
        async let counted = client.solutions(countText)
        async let paged = client.solutions(pageText)
        let url = client.endpoint.query.absoluteString
        guard case .solutions(let count) = try await counted,
              let total = count.rows.first?.first??.literalValue.flatMap({ Int($0.lexicalForm) }) else {
            throw RemoteError.unreadableAnswer(url: url, reason: "the COUNT of a list gave no number")
        }
        guard case .solutions(let table) = try await paged else {
            throw RemoteError.unreadableAnswer(url: url, reason: "SELECT gave no bindings")
        }
        // An IRI no query can hold cannot be read further (nor can it be in a catalog we loaded).
        let iris = table.bindings.compactMap { $0["s"]?.iriValue }.filter(SPARQLTerms.isIRIRef)
        let triples = try await SubgraphFetcher(client: client).fetch(.view(iris))
        let page = Page(items: iris, total: total, limit: limit, offset: offset)
        return (dataset(triples, seconds: Date().timeIntervalSince(started)), page)
    }
}
