import Catalog
import Foundation
import RDF
import Store

/// Loads a catalog into a SPARQL engine over the Graph Store HTTP Protocol: each file into the
/// named graph the loader gives it, plus the prefix graph.
///
/// Never silently half-published: with an update endpoint, every graph is first written under a
/// staging name and all of them are moved into place by one SPARQL Update request (one
/// transaction on engines that have them, Oxigraph and Virtuoso included); without one, graphs are
/// written in place one by one and the report says exactly which were written before a failure.
public struct CatalogPublisher: Sendable {
    public enum Mode: Sendable {
        /// PUT: each graph's previous content is replaced.
        case replace
        /// POST: triples are added to what each graph already holds.
        case merge
    }

    public struct Outcome: Sendable {
        public var graph: String
        public var triples: Int
    }

    public let store: GraphStoreClient
    public let sparql: SPARQLClient?
    public let mode: Mode

    /// `sparql` with an update endpoint turns on staged publishing.
    public init(store: GraphStoreClient, sparql: SPARQLClient?, mode: Mode) {
        self.store = store
        self.sparql = sparql
        self.mode = mode
    }

    /// The graphs to send: each file's named graph with its quads, then the prefix graph.
    public static func graphs(of dataset: CatalogDataset) -> [(graph: String, quads: [Quad])] {
        var out: [(String, [Quad])] = []
        for file in dataset.files {
            out.append((file.graphIRI, dataset.snapshot.quads(graph: .some(.iri(file.graphIRI)))))
        }
        out.append((PrefixGraph.graphIRI, PrefixGraph.quads(dataset.prefixes)))
        return out
    }

    /// Publishes `dataset`; `progress` hears each graph once written (under its final name).
    /// On failure throws `RemoteError.publishFailed` naming the graphs already in place.
    public func publish(_ dataset: CatalogDataset, progress: (Outcome) -> Void = { _ in }) async throws -> [Outcome] {
        let graphs = Self.graphs(of: dataset)
        if let sparql, sparql.endpoint.update != nil {
            return try await staged(graphs, sparql: sparql, progress: progress)
        }
        var done: [Outcome] = []
        for (graph, quads) in graphs {
            do {
                try await store.send(mode == .replace ? .put : .post, quads, graph: graph)
            } catch {
                throw RemoteError.publishFailed(failedGraph: graph, written: done.map(\.graph),
                                   notWritten: graphs.map(\.graph).filter { g in g != graph && !done.contains { $0.graph == g } },
                                   cause: String(describing: error))
            }
            done.append(Outcome(graph: graph, triples: quads.count))
            progress(done[done.count - 1])
        }
        return done
    }

    /// Writes every graph under a staging name, then moves them all in one update request.
    func staged(_ graphs: [(graph: String, quads: [Quad])], sparql: SPARQLClient,
                progress: (Outcome) -> Void) async throws -> [Outcome] {
        let run = UUID().uuidString.lowercased()
        let staging = graphs.map { "urn:lodestat:staging:\(run):" + $0.graph }
        do {
            for (i, g) in graphs.enumerated() { try await store.send(.put, g.quads, graph: staging[i]) }
        } catch {
            for name in staging { try? await store.delete(graph: name) }
            throw RemoteError.publishFailed(failedGraph: nil, written: [], notWritten: graphs.map(\.graph), cause: String(describing: error))
        }
        do {
            var operations: [String] = []
            for (s, g) in zip(staging, graphs) {
                let from = try SPARQLTerms.iri(s), to = try SPARQLTerms.iri(g.graph)
                operations.append(mode == .replace ? "MOVE SILENT GRAPH \(from) TO GRAPH \(to)"
                    : "ADD SILENT GRAPH \(from) TO GRAPH \(to) ; DROP SILENT GRAPH \(from)")
            }
            try await sparql.update(operations.joined(separator: " ;\n"))
        } catch {
            for name in staging { try? await store.delete(graph: name) }
            throw RemoteError.publishFailed(failedGraph: nil, written: [], notWritten: graphs.map(\.graph), cause: String(describing: error))
        }
        let outcomes = graphs.map { Outcome(graph: $0.graph, triples: $0.quads.count) }
        outcomes.forEach(progress)
        return outcomes
    }
}
