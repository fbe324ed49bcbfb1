import RDF
import SPARQL

/// Compares solution sequences as the W3C suite requires: blank nodes up to a consistent
/// renaming, as multisets, or in order when the query sorts.
enum SolutionComparison {
    static func equivalent(_ actual: [[String: Term]], _ expected: [[String: Term]], ordered: Bool) -> Bool {
        guard actual.count == expected.count else { return false }
        var mapping: [String: String] = [:]
        var used = Set<String>()
        var taken = [Bool](repeating: false, count: expected.count)

        func matchRow(_ a: [String: Term], _ e: [String: Term], _ m: inout [String: String], _ u: inout Set<String>) -> Bool {
            guard a.count == e.count else { return false }
            for (k, av) in a {
                guard let ev = e[k] else { return false }
                if case .blankNode(let x) = av, case .blankNode(let y) = ev {
                    if let bound = m[x] { if bound != y { return false } }
                    else { if u.contains(y) { return false }; m[x] = y; u.insert(y) }
                } else if !sameValue(av, ev) { return false }
            }
            return true
        }

        func search(_ i: Int) -> Bool {
            if i == actual.count { return true }
            let candidates = ordered ? [i] : Array(expected.indices)
            for j in candidates where !taken[j] {
                var m = mapping, u = used
                if matchRow(actual[i], expected[j], &m, &u) {
                    let (savedM, savedU) = (mapping, used)
                    mapping = m; used = u; taken[j] = true
                    if search(i + 1) { return true }
                    mapping = savedM; used = savedU; taken[j] = false
                    if !hasBlank(actual[i]) { return false }
                }
            }
            return false
        }
        return search(0)
    }

    static let numericTypes: Set<String> = [XSD.integer, XSD.decimal, XSD.double, XSD.float]

    /// Equal terms, or numeric literals of one datatype with equal values (expected results are
    /// not always written in canonical form, e.g. "3"^^xsd:decimal).
    static func sameValue(_ a: Term, _ b: Term) -> Bool {
        if a == b { return true }
        guard case .literal(let x) = a, case .literal(let y) = b, x.datatype == y.datatype,
              numericTypes.contains(x.datatype), let dx = Double(x.lexicalForm), let dy = Double(y.lexicalForm) else { return false }
        return dx == dy
    }

    static func hasBlank(_ row: [String: Term]) -> Bool { row.values.contains { $0.isBlankNode } }
}
