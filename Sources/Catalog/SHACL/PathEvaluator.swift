import RDF
import Store

/// Evaluates SHACL property paths over the data graph (SHACL §2.3.1, as SPARQL property paths).
struct PathEvaluator {
    let run: ValidationRun

    /// The value nodes reached from `focus` by `path`, without duplicates, in discovery order.
    func values(_ path: ShapePath, from focus: TermID) -> [TermID] {
        step(path, from: [focus], inverse: false)
    }

    private func step(_ path: ShapePath, from nodes: [TermID], inverse: Bool) -> [TermID] {
        switch path {
        case .predicate(let iri):
            guard let p = run.id(iri) else { return [] }
            return unique(nodes.flatMap { inverse ? run.subjects(p, $0) : run.objects($0, p) })
        case .inverse(let inner):
            return step(inner, from: nodes, inverse: !inverse)
        case .sequence(let parts):
            var current = nodes
            for part in (inverse ? parts.reversed() : parts) {
                current = step(part, from: current, inverse: inverse)
                if current.isEmpty { break }
            }
            return current
        case .alternative(let parts):
            return unique(parts.flatMap { step($0, from: nodes, inverse: inverse) })
        case .zeroOrOne(let inner):
            return unique(nodes + step(inner, from: nodes, inverse: inverse))
        case .zeroOrMore(let inner):
            return closure(inner, from: nodes, includeStart: true, inverse: inverse)
        case .oneOrMore(let inner):
            return closure(inner, from: nodes, includeStart: false, inverse: inverse)
        }
    }

    private func closure(_ path: ShapePath, from nodes: [TermID], includeStart: Bool, inverse: Bool) -> [TermID] {
        var seen = Set<TermID>()
        var out: [TermID] = []
        if includeStart { for n in nodes where seen.insert(n).inserted { out.append(n) } }
        var frontier = nodes
        while !frontier.isEmpty {
            var next: [TermID] = []
            for n in step(path, from: frontier, inverse: inverse) where seen.insert(n).inserted {
                out.append(n)
                next.append(n)
            }
            frontier = next
        }
        return out
    }

    private func unique(_ ids: [TermID]) -> [TermID] {
        var seen = Set<TermID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
