import RDF

/// The shared core of the Turtle and TriG serializers: one graph's triples as grouped statements.
final class TurtleBlockWriter {
    private let prefixes: [(prefix: String, namespace: String)]
    private let base: String?
    private let triples: [Triple]
    private var bySubject: [Term: [Triple]] = [:]
    private var inlined: Set<String> = []

    /// `shared` lists blank nodes that also occur outside these triples (other graphs, graph names):
    /// they are never written inline.
    init(prefixes: [(prefix: String, namespace: String)], base: String?, triples: [Triple], shared: Set<String> = []) {
        // Longest namespace first, so the most specific prefix wins.
        self.prefixes = prefixes.sorted { $0.namespace.count > $1.namespace.count }
        self.base = base
        self.triples = Array(Set(triples))
        for t in self.triples { bySubject[t.subject, default: []].append(t) }
        var objectUses: [String: Int] = [:]
        for t in self.triples { if case .blankNode(let b) = t.object { objectUses[b, default: 0] += 1 } }
        // A blank node is written inline when it is the object of exactly one triple and not its own ancestor.
        for (b, n) in objectUses where n == 1 && bySubject[.blankNode(b)] != nil && !shared.contains(b) {
            inlined.insert(b)
        }
        breakCycles()
    }

    private func breakCycles() {
        // Inlined nodes must be reachable from a written subject; drop those that only reach each other.
        var reachable = Set<String>()
        func visit(_ s: Term) {
            for t in bySubject[s] ?? [] {
                if case .blankNode(let b) = t.object, inlined.contains(b), !reachable.contains(b) {
                    reachable.insert(b); visit(t.object)
                }
            }
        }
        for s in bySubject.keys where !isInlined(s) { visit(s) }
        inlined = inlined.intersection(reachable)
    }

    private func isInlined(_ t: Term) -> Bool {
        if case .blankNode(let b) = t { return inlined.contains(b) }
        return false
    }

    func writeHeader(to out: inout some TextOutputStream) {
        if let base { out.write("@base <\(NTriplesEscaping.escapeIRI(base))> .\n") }
        for p in prefixes.sorted(by: { $0.prefix < $1.prefix }) {
            out.write("@prefix \(p.prefix): <\(NTriplesEscaping.escapeIRI(p.namespace))> .\n")
        }
        if base != nil || !prefixes.isEmpty { out.write("\n") }
    }

    func writeTriples(indent: String, to out: inout some TextOutputStream) {
        let subjects = bySubject.keys.filter { !isInlined($0) }.sorted()
        for (i, s) in subjects.enumerated() {
            if i > 0 { out.write("\n") }
            out.write(indent)
            out.write(termText(s))
            writePredicates(of: s, indent: indent + "    ", to: &out)
            out.write(" .\n")
        }
    }

    private func writePredicates(of s: Term, indent: String, to out: inout some TextOutputStream) {
        var byPredicate: [Term: [Term]] = [:]
        for t in bySubject[s] ?? [] { byPredicate[t.predicate, default: []].append(t.object) }
        let typeIRI = Term.iri(RDFVocabulary.type)
        let predicates = byPredicate.keys.sorted { a, b in
            if a == typeIRI { return b != typeIRI }
            if b == typeIRI { return false }
            return a < b
        }
        for (i, p) in predicates.enumerated() {
            out.write(i == 0 ? " " : " ;\n" + indent)
            out.write(p == typeIRI ? "a" : termText(p))
            for (j, o) in byPredicate[p]!.sorted().enumerated() {
                out.write(j == 0 ? " " : ", ")
                if isInlined(o) {
                    out.write("[")
                    writePredicates(of: o, indent: indent + "    ", to: &out)
                    out.write(" ]")
                } else {
                    out.write(termText(o))
                }
            }
        }
    }

    func termText(_ t: Term) -> String {
        switch t {
        case .iri(let iri): return iriText(iri)
        case .blankNode(let b): return "_:" + b
        case .literal(let l): return literalText(l)
        }
    }

    private func iriText(_ iri: String) -> String {
        if let p = Self.prefix(for: iri, in: prefixes) { return p.prefix + ":" + iri.dropFirst(p.namespace.count) }
        if let base, let rel = IRI.relativize(iri, against: base) { return "<" + NTriplesEscaping.escapeIRI(rel) + ">" }
        return "<" + NTriplesEscaping.escapeIRI(iri) + ">"
    }

    private func literalText(_ l: Literal) -> String {
        if l.language == nil {
            switch l.datatype {
            case XSD.integer where Self.matches(l.lexicalForm, integer: true): return l.lexicalForm
            case XSD.decimal where Self.matches(l.lexicalForm, integer: false): return l.lexicalForm
            case XSD.boolean where l.lexicalForm == "true" || l.lexicalForm == "false": return l.lexicalForm
            default: break
            }
        }
        var out = "\"" + NTriplesEscaping.escapeString(l.lexicalForm) + "\""
        if let lang = l.language { out += "@" + lang } else if l.datatype != XSD.string { out += "^^" + iriText(l.datatype) }
        return out
    }

    /// The prefix that abbreviates `iri` (prefixes sorted longest namespace first), if any.
    static func prefix(for iri: String, in prefixes: [(prefix: String, namespace: String)])
        -> (prefix: String, namespace: String)? {
        prefixes.first { iri.hasPrefix($0.namespace) && isSafeLocalName(iri.dropFirst($0.namespace.count)) }
    }

    /// The prefixes that some IRI of `quads` (terms, graph names, datatypes) is written with:
    /// the header declares only those.
    static func usedPrefixes(_ prefixes: [(prefix: String, namespace: String)], by quads: [Quad])
        -> [(prefix: String, namespace: String)] {
        let sorted = prefixes.sorted { $0.namespace.count > $1.namespace.count }
        var used = Set<String>()
        var seen = Set<String>()
        for q in quads {
            for t in [q.subject, q.predicate, q.object] + (q.graph.map { [$0] } ?? []) {
                let iri: String
                switch t {
                case .iri(let v): iri = v
                case .literal(let l) where l.language == nil && l.datatype != XSD.string: iri = l.datatype
                default: continue
                }
                if seen.insert(iri).inserted, let p = prefix(for: iri, in: sorted) { used.insert(p.prefix) }
            }
        }
        return prefixes.filter { used.contains($0.prefix) }
    }

    /// ASCII local names that need no escaping (conservative subset of PN_LOCAL).
    static func isSafeLocalName(_ s: Substring) -> Bool {
        guard let first = s.utf8.first else { return true }
        guard isAlpha(first) || isDigit(first) || first == 0x5F else { return false }
        for b in s.utf8 where !(isAlpha(b) || isDigit(b) || b == 0x5F || b == 0x2D || b == 0x2E) { return false }
        return s.utf8.last != 0x2E
    }

    /// `[+-]?[0-9]+` (integer) or `[+-]?[0-9]*\.[0-9]+` (decimal).
    static func matches(_ s: String, integer: Bool) -> Bool {
        var u = Substring(s).utf8[...]
        if let f = u.first, f == 0x2B || f == 0x2D { u = u.dropFirst() }
        if integer { return !u.isEmpty && u.allSatisfy(isDigit) }
        guard let dot = u.firstIndex(of: 0x2E) else { return false }
        let frac = u[u.index(after: dot)...]
        return !frac.isEmpty && u[..<dot].allSatisfy(isDigit) && frac.allSatisfy(isDigit)
    }
}
