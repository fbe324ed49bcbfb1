import RDF

/// A recursive-descent parser for SPARQL 1.1 Query (grammar section 19) that translates
/// straight into the algebra (section 18.2) and enforces the static rules of the language.
struct Parser {
    var tokens: [Token]
    var pos = 0
    var base: String?
    var prefixes: [String: String] = [:]
    /// Blank node label → the triples block that first used it (labels may not span blocks).
    var blankLabelBlocks: [String: Int] = [:]
    var blockCounter = 0
    var currentBlock = 0
    var hiddenCounter = 0
    /// Set while parsing a place where aggregates may appear (SELECT expressions, HAVING, ORDER BY).
    var aggregatesAllowed = false
    var insideAggregate = false
    /// Aggregates met in the current (sub)query, replaced by hidden variables.
    var aggregates: [AggregateBinding] = []
    /// In a CONSTRUCT template blank nodes stay blank nodes; elsewhere they become hidden variables.
    var inTemplate = false
    /// Current nesting of groups, brackets and paths; bounded so hostile input cannot exhaust the stack.
    var depth = 0
    static let maxDepth = 120
    /// Triple and path patterns in the whole query; each can cost a level of evaluation recursion.
    var patternCount = 0
    static let maxPatterns = 4000

    mutating func enter() throws(SPARQLSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error("query nests more than \(Self.maxDepth) levels deep") }
    }
    mutating func leave() { depth -= 1 }

    init(_ text: String, base: String?) throws(SPARQLSyntaxError) {
        tokens = try Lexer.tokenize(text)
        self.base = base
    }

    // MARK: token helpers

    var current: Token { tokens[pos] }
    var kind: TokenKind { tokens[pos].kind }
    func peekKind(_ ahead: Int) -> TokenKind { tokens[min(pos + ahead, tokens.count - 1)].kind }

    mutating func advance() { if pos < tokens.count - 1 { pos += 1 } }

    func error(_ message: String, at token: Token? = nil) -> SPARQLSyntaxError {
        let p = (token ?? current).position
        return SPARQLSyntaxError(line: p.line, column: p.column, offset: p.offset, message: message)
    }

    func expected(_ what: String) -> SPARQLSyntaxError {
        error("expected \(what), found \(current.describe)")
    }

    func isKeyword(_ k: String) -> Bool { current.keyword == k }
    func isPunct(_ p: String) -> Bool { kind == .punct(p) }

    mutating func acceptKeyword(_ k: String) -> Bool {
        if isKeyword(k) { advance(); return true }
        return false
    }
    mutating func acceptPunct(_ p: String) -> Bool {
        if isPunct(p) { advance(); return true }
        return false
    }
    mutating func expectKeyword(_ k: String) throws(SPARQLSyntaxError) {
        guard acceptKeyword(k) else { throw expected(k) }
    }
    mutating func expectPunct(_ p: String) throws(SPARQLSyntaxError) {
        guard acceptPunct(p) else { throw expected("'\(p)'") }
    }

    mutating func freshHidden(_ kind: String) -> String {
        hiddenCounter += 1
        return "\(HiddenVariable.marker)\(kind)\(hiddenCounter)"
    }

    // MARK: IRIs

    func resolve(_ iri: String) -> String { IRI.resolve(iri, against: base) }

    mutating func parseIRI() throws(SPARQLSyntaxError) -> String {
        switch kind {
        case .iri(let v): advance(); return resolve(v)
        case .prefixedName(let p, let l):
            guard let ns = prefixes[p] else { throw error("undefined prefix '\(p):'") }
            advance()
            return ns + l
        default: throw expected("an IRI")
        }
    }

    var atIRI: Bool {
        switch kind { case .iri, .prefixedName: return true; default: return false }
    }

    mutating func parseVariable() throws(SPARQLSyntaxError) -> String {
        guard case .variable(let v) = kind else { throw expected("a variable") }
        advance()
        return v
    }

    // MARK: query

    mutating func parseQuery() throws(SPARQLSyntaxError) -> SPARQLQuery {
        try parsePrologue()
        let query: SPARQLQuery
        if isKeyword("SELECT") { query = try parseSelectQuery() }
        else if isKeyword("CONSTRUCT") { query = try parseConstructQuery() }
        else if isKeyword("DESCRIBE") { query = try parseDescribeQuery() }
        else if isKeyword("ASK") { query = try parseAskQuery() }
        else { throw expected("SELECT, CONSTRUCT, DESCRIBE or ASK") }
        guard kind == .eof else { throw expected("end of query") }
        return query
    }

    mutating func parsePrologue() throws(SPARQLSyntaxError) {
        while true {
            if acceptKeyword("BASE") {
                guard case .iri(let v) = kind else { throw expected("an IRI after BASE") }
                advance()
                base = resolve(v)
            } else if acceptKeyword("PREFIX") {
                guard case .prefixedName(let p, let l) = kind, l.isEmpty else { throw expected("a prefix name like 'ex:'") }
                advance()
                guard case .iri(let v) = kind else { throw expected("an IRI after PREFIX \(p):") }
                advance()
                prefixes[p] = resolve(v)
            } else { return }
        }
    }

    mutating func parseDatasetClauses() throws(SPARQLSyntaxError) -> DatasetClause? {
        var clause: DatasetClause?
        while acceptKeyword("FROM") {
            var c = clause ?? DatasetClause()
            if acceptKeyword("NAMED") { c.namedGraphs.append(try parseIRI()) } else { c.defaultGraphs.append(try parseIRI()) }
            clause = c
        }
        return clause
    }

    mutating func parseWhere() throws(SPARQLSyntaxError) -> Algebra {
        _ = acceptKeyword("WHERE")
        return try parseGroupGraphPattern()
    }

    mutating func parseSelectQuery() throws(SPARQLSyntaxError) -> SPARQLQuery {
        let saved = aggregates
        aggregates = []
        defer { aggregates = saved }
        let clause = try parseSelectClause()
        let dataset = try parseDatasetClauses()
        let pattern = try parseWhere()
        let (algebra, vars) = try parseSolutionModifiers(pattern: pattern, select: clause, topLevel: true)
        return SPARQLQuery(form: .select(vars), algebra: algebra, dataset: dataset, baseIRI: base)
    }

    /// `{ SELECT … }` inside a group: the projected algebra.
    mutating func parseSubSelect() throws(SPARQLSyntaxError) -> Algebra {
        let saved = aggregates
        aggregates = []
        defer { aggregates = saved }
        let clause = try parseSelectClause()
        let pattern = try parseWhere()
        return try parseSolutionModifiers(pattern: pattern, select: clause, topLevel: true).0
    }

    mutating func parseAskQuery() throws(SPARQLSyntaxError) -> SPARQLQuery {
        try expectKeyword("ASK")
        let dataset = try parseDatasetClauses()
        let pattern = try parseWhere()
        let (algebra, _) = try parseSolutionModifiers(pattern: pattern, select: nil, topLevel: true)
        return SPARQLQuery(form: .ask, algebra: algebra, dataset: dataset, baseIRI: base)
    }

    mutating func parseConstructQuery() throws(SPARQLSyntaxError) -> SPARQLQuery {
        try expectKeyword("CONSTRUCT")
        if isPunct("{") {
            advance()
            inTemplate = true
            let template = try parseTriplesTemplate(until: "}")
            inTemplate = false
            try expectPunct("}")
            let dataset = try parseDatasetClauses()
            let pattern = try parseWhere()
            let (algebra, _) = try parseSolutionModifiers(pattern: pattern, select: nil, topLevel: true)
            return SPARQLQuery(form: .construct(template), algebra: algebra, dataset: dataset, baseIRI: base)
        }
        // CONSTRUCT WHERE { triples }: the pattern is its own template.
        let dataset = try parseDatasetClauses()
        try expectKeyword("WHERE")
        let open = current
        try expectPunct("{")
        blockCounter += 1; currentBlock = blockCounter
        let triples = try parseTriplesTemplate(until: "}")
        try expectPunct("}")
        if triples.contains(where: { t in [t.subject, t.predicate, t.object].contains { $0.variableName.map(HiddenVariable.isHidden) ?? false } }) {
            throw error("CONSTRUCT WHERE does not allow blank nodes", at: open)
        }
        let (algebra, _) = try parseSolutionModifiers(pattern: .bgp(triples), select: nil, topLevel: true)
        return SPARQLQuery(form: .construct(triples), algebra: algebra, dataset: dataset, baseIRI: base)
    }

    mutating func parseDescribeQuery() throws(SPARQLSyntaxError) -> SPARQLQuery {
        try expectKeyword("DESCRIBE")
        var targets: [PatternTerm] = []
        var star = false
        if acceptPunct("*") { star = true } else {
            while true {
                if case .variable(let v) = kind { advance(); targets.append(.variable(v)) }
                else if atIRI { targets.append(.term(.iri(try parseIRI()))) }
                else { break }
            }
            if targets.isEmpty { throw expected("a variable, an IRI or '*' after DESCRIBE") }
        }
        let dataset = try parseDatasetClauses()
        let pattern: Algebra
        if isKeyword("WHERE") || isPunct("{") { pattern = try parseWhere() } else { pattern = .unit }
        if star { targets = pattern.inScopeVariables.filter { !HiddenVariable.isHidden($0) }.sorted().map { .variable($0) } }
        let (algebra, _) = try parseSolutionModifiers(pattern: pattern, select: nil, topLevel: true)
        return SPARQLQuery(form: .describe(targets), algebra: algebra, dataset: dataset, baseIRI: base)
    }
}
