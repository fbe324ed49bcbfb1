/// Graph and dataset isomorphism: equality up to a renaming of blank nodes.
public enum Isomorphism {
    /// True when the two triple sets are the same graph up to blank-node renaming.
    public static func areIsomorphic(_ a: [Triple], _ b: [Triple]) -> Bool {
        areIsomorphic(a.map { Quad($0) }, b.map { Quad($0) })
    }

    /// True when the two quad sets are the same dataset up to blank-node renaming.
    public static func areIsomorphic(_ a: [Quad], _ b: [Quad]) -> Bool {
        let setA = Set(a), setB = Set(b)
        guard setA.count == setB.count else { return false }
        var groundA = Set<Quad>(), groundB = Set<Quad>()
        var restA: [Quad] = [], restB: [Quad] = []
        for q in setA { if hasBlank(q) { restA.append(q) } else { groundA.insert(q) } }
        for q in setB { if hasBlank(q) { restB.append(q) } else { groundB.insert(q) } }
        guard groundA == groundB, restA.count == restB.count else { return false }
        if restA.isEmpty { return true }
        let colorsA = refine(restA), colorsB = refine(restB)
        guard colorsA.count == colorsB.count else { return false }
        // Same multiset of colours on both sides, or no bijection exists.
        var histA: [Int: Int] = [:], histB: [Int: Int] = [:]
        for c in colorsA.values { histA[c, default: 0] += 1 }
        for c in colorsB.values { histB[c, default: 0] += 1 }
        guard histA == histB else { return false }
        var byColorB: [Int: [String]] = [:]
        for (n, c) in colorsB { byColorB[c, default: []].append(n) }
        let order = colorsA.keys.sorted { (histA[colorsA[$0]!]!, $0) < (histA[colorsA[$1]!]!, $1) }
        var quadsOf: [String: [Quad]] = [:]
        for q in restA { for n in blanks(q) { quadsOf[n, default: []].append(q) } }
        var mapping: [String: String] = [:], used = Set<String>()
        let targets = Set(restB)

        func consistent(_ node: String) -> Bool {
            for q in quadsOf[node] ?? [] {
                var ok = true
                let mapped = map(q) { n in
                    if let m = mapping[n] { return m }
                    ok = false; return n
                }
                if ok && !targets.contains(mapped) { return false }
            }
            return true
        }
        func search(_ i: Int) -> Bool {
            if i == order.count { return true }
            let node = order[i]
            for candidate in byColorB[colorsA[node]!] ?? [] where !used.contains(candidate) {
                mapping[node] = candidate; used.insert(candidate)
                if consistent(node) && search(i + 1) { return true }
                mapping[node] = nil; used.remove(candidate)
            }
            return false
        }
        return search(0)
    }

    static func hasBlank(_ q: Quad) -> Bool {
        q.subject.isBlankNode || q.object.isBlankNode || (q.graph?.isBlankNode ?? false)
    }

    static func blanks(_ q: Quad) -> [String] {
        var out: [String] = []
        if case .blankNode(let n) = q.subject { out.append(n) }
        if case .blankNode(let n) = q.object { out.append(n) }
        if case .blankNode(let n)? = q.graph { out.append(n) }
        return out
    }

    static func map(_ q: Quad, _ f: (String) -> String) -> Quad {
        func m(_ t: Term) -> Term { if case .blankNode(let n) = t { return .blankNode(f(n)) }; return t }
        return Quad(m(q.subject), q.predicate, m(q.object), graph: q.graph.map(m))
    }

    /// Colour refinement: each blank node's colour summarises its neighbourhood, iterated to a fixpoint.
    static func refine(_ quads: [Quad]) -> [String: Int] {
        var colors: [String: Int] = [:]
        for q in quads { for n in blanks(q) { colors[n] = 0 } }
        var distinct = 1
        for _ in 0..<(colors.count + 1) {
            var signatures: [String: [Int]] = [:]
            for q in quads {
                for n in Set(blanks(q)) {
                    var h = Hasher()
                    for (pos, t) in [(0, q.subject), (1, q.predicate), (2, q.object), (3, q.graph ?? .iri(""))] {
                        h.combine(pos)
                        if case .blankNode(let other) = t {
                            h.combine(other == n ? -1 : colors[other]!)
                        } else { h.combine(t) }
                    }
                    signatures[n, default: []].append(h.finalize())
                }
            }
            var next: [String: Int] = [:]
            for (n, sigs) in signatures {
                var h = Hasher()
                h.combine(colors[n]!)
                h.combine(sigs.sorted())
                next[n] = h.finalize()
            }
            let count = Set(next.values).count
            colors = next
            if count == distinct { break }
            distinct = count
        }
        return colors
    }
}
