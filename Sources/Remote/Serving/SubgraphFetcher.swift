import Catalog
import RDF
import SPARQL

/// Runs a `SubgraphPlan` against the engine, round by round, and returns the triples read.
struct SubgraphFetcher: Sendable {
    let client: SPARQLClient
    /// IRIs per VALUES block (engines cap query text; 200 IRIs stay well under 64 KB).
    var batchSize = 200
    /// Batches sent at once.
    var parallelism = 4

    func fetch(_ plan: SubgraphPlan) async throws -> [Triple] {
        var out = try await fetchOwn(plan)
        for other in plan.also { out += try await fetch(other) }
        return out
    }

    /// The triples of `plan` itself (not of `plan.also`).
    func fetchOwn(_ plan: SubgraphPlan) async throws -> [Triple] {
        var seeds: [String]
        switch plan.seeds {
        case .structural:
            return try await client.graph(try SubgraphQuery.structural()).map(\.triple)
        case .searchable(let kinds):
            return try await client.graph(try SubgraphQuery.searchable(kinds)).map(\.triple)
        case .iris(let iris): seeds = iris
        case .kinds(let kinds):
            guard case .solutions(let table) = try await client.solutions(try SubgraphQuery.members(kinds)) else {
                throw RemoteError.unreadableAnswer(url: client.endpoint.query.absoluteString, reason: "SELECT gave no bindings")
            }
            seeds = table.rows.compactMap { $0.first??.iriValue }.filter(SPARQLTerms.isIRIRef)
        }
        var out: [Triple] = []
        var seen = Set(seeds)
        var frontier = seeds
        var depth = 0
        while !frontier.isEmpty {
            let triples = try await round(frontier, inverse: depth == 0 ? plan.inverse : .none, number: depth)
            out.append(contentsOf: triples)
            depth += 1
            guard depth <= plan.depth else { break }
            var next: [String] = []
            func visit(_ t: Term) {
                // The engine's IRIs are asked about in the next round: one no query can hold is not.
                if case .iri(let iri) = t, SPARQLTerms.isIRIRef(iri), seen.insert(iri).inserted { next.append(iri) }
            }
            for t in triples {
                visit(t.subject)
                visit(t.predicate)
                if depth == 1 || t.predicate.iriValue.map({ !SubgraphPlan.fanOutPredicates.contains($0) }) ?? true {
                    visit(t.object)
                }
            }
            frontier = next
        }
        return out
    }

    /// One round over `subjects`, in batches run a few at a time.
    func round(_ subjects: [String], inverse: SubgraphPlan.Inverse, number: Int) async throws -> [Triple] {
        let batches = stride(from: 0, to: subjects.count, by: batchSize).map {
            Array(subjects[$0..<min(subjects.count, $0 + batchSize)])
        }
        var out: [Triple] = []
        var start = 0
        while start < batches.count {
            let group = batches[start..<min(batches.count, start + parallelism)]
            try await withThrowingTaskGroup(of: [Triple].self) { tasks in
                for (i, batch) in zip(group.indices, group) {
                    let text = try SubgraphQuery.round(batch, inverse: inverse)
                    tasks.addTask {
                        try await client.graph(text,
                                               blankNodePrefix: "r\(number)b\(i)_").map(\.triple)
                    }
                }
                for try await part in tasks { out.append(contentsOf: part) }
            }
            start += parallelism
        }
        return out
    }
}
