import RDF
import SPARQL

/// The store as the SPARQL evaluator's dataset: ids, pattern matching and exact counts
/// straight from the permutation indexes.
extension StoreSnapshot: QueryableDataset {
    public func id(for term: Term) -> TermID? { id(of: term) }

    public func term(for id: TermID) -> Term { term(id) }

    public func match(_ pattern: QuadPattern, _ body: (SPARQL.IDQuad) throws -> Void) throws {
        var failure: (any Error)?
        match(pattern.subject, pattern.predicate, pattern.object, graph: pattern.graph) { q in
            do {
                try body(q)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }

    public func languageTag(of id: TermID) -> String? { dictionary.languageTag(id) }

    public func stringLexicalForm(of id: TermID) -> String? { dictionary.stringLexicalForm(id) }

    public func predicateStatistics(_ p: TermID) -> PredicateStatistics? {
        predicateTable.statistics(p, spo: spo, pos: pos)
    }

    public func estimatedCardinality(_ pattern: QuadPattern) -> Int {
        count(pattern.subject, pattern.predicate, pattern.object, graph: pattern.graph)
    }
}
