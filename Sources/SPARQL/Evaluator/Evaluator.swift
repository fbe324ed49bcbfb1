import Foundation
import RDF

/// A solution during evaluation: one term id per variable slot, 0 = unbound.
typealias Row = [TermID]

/// The graph patterns are matched against.
enum ActiveGraph: Hashable {
    /// The dataset's own default graph.
    case defaultGraph
    /// The merge of these named graphs (FROM).
    case merged([TermID])
    case named(TermID)
}

/// Thrown to stop an upstream producer once enough rows were seen (LIMIT, ASK, EXISTS).
struct StopSignal: Error { let token: Int }

/// Evaluates algebra over a `QueryableDataset`, pushing rows of term ids to a consumer.
///
/// `run(op, seed, graph, emit)` emits the solutions of `op` compatible with `seed`, merged with it.
/// Patterns whose meaning does not change under substitution (BGPs, paths, VALUES, and joins,
/// unions and GRAPH of those) receive the seed directly (index nested-loop joins); others are
/// evaluated on their own and joined.
final class Evaluator {
    let terms: TermResolver
    var slots: SlotMap
    let governor: Governor
    /// Created on first use: its set-up (a random blank-node prefix) costs more than a tiny query.
    private(set) lazy var functions = FunctionContext(now: now, baseIRI: baseIRI)
    private let now: Date
    private let baseIRI: String?
    let defaultGraph: ActiveGraph
    let namedGraphs: [TermID]
    var rowCounter = 0
    let maxIntermediateRows: Int
    var stopCounter = 0
    /// Compiled BGPs, by the address of their patterns' storage (see `compiledBGP`): a short list,
    /// searched linearly (a query has few BGPs).
    var bgpCache: [(key: UnsafeRawPointer, bgp: CompiledBGP)] = []
    /// Rows emitted and runs per operator, when profiling (`explain --analyze`); nil otherwise.
    var profile: [Algebra: OperatorProfile]?
    /// Compiled REGEX patterns, by pattern and flags.
    var regexCache: [RegexKey: CompiledRegex?] = [:]

    init(dataset: any QueryableDataset, slots: SlotMap, options: QueryOptions, datasetClause: DatasetClause?, baseIRI: String?) {
        let terms = TermResolver(dataset: dataset)
        self.terms = terms
        self.slots = slots
        governor = Governor(options: options)
        maxIntermediateRows = options.maxIntermediateRows
        now = options.now ?? Date()
        self.baseIRI = baseIRI
        if let clause = datasetClause {
            defaultGraph = .merged(clause.defaultGraphs.compactMap { terms.datasetID(.iri($0)) })
            let existing = Set(dataset.namedGraphs)
            namedGraphs = clause.namedGraphs.compactMap { terms.datasetID(.iri($0)) }.filter { existing.contains($0) }
        } else {
            defaultGraph = .defaultGraph
            namedGraphs = dataset.namedGraphs
        }
    }

    var emptyRow: Row { Row(repeating: 0, count: slots.count) }

    func nextStopToken() -> Int { stopCounter += 1; return stopCounter }

    /// Evaluates `op` and collects every row.
    func materialize(_ op: Algebra, _ seed: Row, _ graph: ActiveGraph) throws -> [Row] {
        var out: [Row] = []
        let limit = maxIntermediateRows
        try run(op, seed, graph) { row in
            if out.count >= limit { throw QueryEvaluationError.tooManyIntermediateRows(limit: limit) }
            out.append(row)
        }
        return out
    }

    /// True when some row of `op` is compatible with `seed`.
    func hasSolution(_ op: Algebra, _ seed: Row, _ graph: ActiveGraph) throws -> Bool {
        let token = nextStopToken()
        do {
            try run(op, seed, graph) { _ in throw StopSignal(token: token) }
        } catch let s as StopSignal where s.token == token {
            return true
        }
        return false
    }

    /// Patterns whose solutions under a seed equal their solutions joined with the seed.
    func isSubstitutable(_ op: Algebra) -> Bool { op.isSubstitutable }

    static func compatible(_ a: Row, _ b: Row) -> Bool {
        for i in 0..<a.count where a[i] != 0 && b[i] != 0 && a[i] != b[i] { return false }
        return true
    }

    static func merge(_ a: Row, _ b: Row) -> Row {
        var out = a
        for i in 0..<b.count where b[i] != 0 { out[i] = b[i] }
        return out
    }

    func run(_ op: Algebra, _ seed: Row, _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        if profile == nil { return try runOperator(op, seed, graph, emit) }
        try runProfiled(op, seed, graph, emit)
    }

    func runOperator(_ op: Algebra, _ seed: Row, _ graph: ActiveGraph, _ emit: (Row) throws -> Void) throws {
        try governor.tick()
        switch op {
        case .bgp(let patterns):
            try evaluateBGP(patterns, seed, graph, emit)
        case .path(let s, let p, let o):
            try evaluatePathPattern(s, p, o, seed, graph, emit)
        case .join(let a, let b):
            try evaluateJoin(a, b, seed, graph, emit)
        case .leftJoin(let a, let b, let f):
            try evaluateLeftJoin(a, b, f, seed, graph, emit)
        case .minus(let a, let b):
            try evaluateMinus(a, b, seed, graph, emit)
        case .union(let a, let b):
            try run(a, seed, graph, emit)
            try run(b, seed, graph, emit)
        case .filter(let e, .bgp(let patterns)) where !patterns.isEmpty && FilterPushDown.isPushable(e):
            // Each condition is checked as soon as the patterns matched so far bind its variables.
            try evaluateFilteredBGP(patterns, e, seed, graph, emit)
        case .filter(let e, let a):
            let condition = compileCondition(e, graph)
            try run(a, seed, graph) { row in
                if try self.accepts(condition, row) { try emit(row) }
            }
        case .graph(let g, let a):
            try evaluateGraph(g, a, seed, graph, emit)
        case .extend:
            // A chain of BINDs / select expressions is evaluated per row at once, so that
            // BNODE(label) names one node within one solution.
            var chain: [(Int, Expression)] = []
            var inner = op
            while case .extend(let a, let v, let e) = inner {
                if let slot = slots[v] { chain.insert((slot, e), at: 0) }
                inner = a
            }
            try run(inner, seed, graph) { row in
                self.rowCounter += 1
                var out = row
                for (slot, e) in chain {
                    if let value = try self.evaluateOrNil(e, out, graph) {
                        let id = self.terms.id(value)
                        if out[slot] != 0 && out[slot] != id { return }
                        out[slot] = id
                    }
                }
                try emit(out)
            }
        case .table(let vars, let rows):
            let indexes = vars.map { slots[$0] }
            for values in rows {
                try governor.tick()
                var row = seed
                var ok = true
                for (i, value) in values.enumerated() {
                    guard let value, let slot = indexes[i] else { continue }
                    let id = terms.id(value)
                    if row[slot] != 0 && row[slot] != id { ok = false; break }
                    row[slot] = id
                }
                if ok { try emit(row) }
            }
        case .service(let endpoint, _, let silent):
            if silent { return try emit(seed) }
            throw QueryEvaluationError.serviceNotSupported("\(endpoint)")
        case .group, .orderBy, .project, .distinct, .reduced, .slice:
            // Sub-query boundaries: evaluated on their own, then joined with the seed.
            if !seed.contains(where: { $0 != 0 }) { return try evaluateModifier(op, graph, emit) }
            try evaluateModifier(op, graph) { row in
                if Self.compatible(seed, row) { try emit(Self.merge(seed, row)) }
            }
        }
    }

    func evaluateGraph(_ g: PatternTerm, _ a: Algebra, _ seed: Row, _ graph: ActiveGraph,
                       _ emit: (Row) throws -> Void) throws {
        switch g {
        case .term(let t):
            guard let id = terms.datasetID(t), namedGraphs.contains(id) else { return }
            try run(a, seed, .named(id), emit)
        case .variable(let v):
            guard let slot = slots[v] else { return }
            let candidates = seed[slot] != 0 ? (namedGraphs.contains(seed[slot]) ? [seed[slot]] : []) : namedGraphs
            // The graph variable is bound after the inner pattern is evaluated (section 18.5):
            // only a substitutable pattern may see it early.
            let substitutable = isSubstitutable(a)
            for gid in candidates {
                var s = seed
                s[slot] = substitutable ? gid : 0
                try run(a, s, .named(gid)) { row in
                    guard row[slot] == gid || row[slot] == 0 else { return }
                    var out = row
                    out[slot] = gid
                    try emit(out)
                }
            }
        }
    }
}
