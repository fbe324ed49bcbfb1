import RDF

/// Writes readable Turtle: prefixes, a base, subjects grouped with `;` and `,`, `a` for `rdf:type`,
/// numbers and booleans in short form, and blank nodes used once written inline as `[ … ]`.
public struct TurtleSerializer: Sendable {
    public var prefixes: [(prefix: String, namespace: String)]
    public var base: String?

    public init(prefixes: [(prefix: String, namespace: String)] = [], base: String? = nil) {
        self.prefixes = prefixes
        self.base = base
    }

    /// Writes the default graph's triples; a named graph is an error (use TriG).
    public func write(_ quads: [Quad], to out: inout some TextOutputStream) throws {
        if let named = quads.first(where: { $0.graph != nil }) {
            throw RDFSerializationError.namedGraphNotSupported(format: .turtle, graph: named.graph!)
        }
        let used = TurtleBlockWriter.usedPrefixes(prefixes, by: quads)
        let writer = TurtleBlockWriter(prefixes: used, base: base, triples: quads.map(\.triple))
        writer.writeHeader(to: &out)
        writer.writeTriples(indent: "", to: &out)
    }

    public func string(_ quads: [Quad]) throws -> String {
        var s = ""
        try write(quads, to: &s)
        return s
    }
}

/// Writes readable TriG: the default graph's triples first, then one `GRAPH name { … }` block per named graph.
public struct TriGSerializer: Sendable {
    public var prefixes: [(prefix: String, namespace: String)]
    public var base: String?

    public init(prefixes: [(prefix: String, namespace: String)] = [], base: String? = nil) {
        self.prefixes = prefixes
        self.base = base
    }

    public func write(_ quads: [Quad], to out: inout some TextOutputStream) {
        var byGraph: [Term?: [Triple]] = [:]
        for q in quads { byGraph[q.graph, default: []].append(q.triple) }
        let shared = Self.sharedBlankNodes(quads)
        let prefixes = TurtleBlockWriter.usedPrefixes(prefixes, by: quads)
        let header = TurtleBlockWriter(prefixes: prefixes, base: base, triples: [])
        header.writeHeader(to: &out)
        if let d = byGraph[nil] {
            TurtleBlockWriter(prefixes: prefixes, base: base, triples: d, shared: shared).writeTriples(indent: "", to: &out)
        }
        for g in byGraph.keys.compactMap({ $0 }).sorted() {
            let w = TurtleBlockWriter(prefixes: prefixes, base: base, triples: byGraph[g]!, shared: shared)
            out.write("\n")
            out.write(w.termText(g))
            out.write(" {\n")
            w.writeTriples(indent: "    ", to: &out)
            out.write("}\n")
        }
    }

    public func string(_ quads: [Quad]) -> String {
        var s = ""
        write(quads, to: &s)
        return s
    }

    /// Blank nodes that name a graph or occur in more than one graph.
    static func sharedBlankNodes(_ quads: [Quad]) -> Set<String> {
        var graphsOf: [String: Set<Term?>] = [:]
        var shared = Set<String>()
        for q in quads {
            if case .blankNode(let g)? = q.graph { shared.insert(g) }
            for case .blankNode(let b) in [q.subject, q.object] { graphsOf[b, default: []].insert(q.graph) }
        }
        for (b, gs) in graphsOf where gs.count > 1 { shared.insert(b) }
        return shared
    }
}
