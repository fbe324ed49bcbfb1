import RDF

extension Parser {
    /// GroupGraphPattern, translated per section 18.2.2.
    mutating func parseGroupGraphPattern() throws(SPARQLSyntaxError) -> Algebra {
        try enter()
        defer { leave() }
        try expectPunct("{")
        if isKeyword("SELECT") {
            let sub = try parseSubSelect()
            try expectPunct("}")
            return sub
        }
        var g: Algebra = .unit
        var filters: [Expression] = []
        var inBlock = false
        func join(_ a: Algebra, _ b: Algebra) -> Algebra {
            if case .bgp(let x) = a, x.isEmpty { return b }
            if case .bgp(let x) = a, case .bgp(let y) = b { return .bgp(x + y) }
            return .join(a, b)
        }
        while !isPunct("}") {
            let token = current
            if kind == .eof { throw expected("'}'") }
            if acceptKeyword("FILTER") {
                inBlock = false
                filters.append(try parseConstraint())
            } else if acceptKeyword("OPTIONAL") {
                inBlock = false
                let a = try parseGroupGraphPattern()
                if case .filter(let f, let inner) = a { g = .leftJoin(g, inner, f) } else { g = .leftJoin(g, a, nil) }
            } else if acceptKeyword("MINUS") {
                inBlock = false
                g = .minus(g, try parseGroupGraphPattern())
            } else if acceptKeyword("GRAPH") {
                inBlock = false
                let name = try parseVarOrIRI()
                g = join(g, .graph(name, try parseGroupGraphPattern()))
            } else if acceptKeyword("SERVICE") {
                inBlock = false
                let silent = acceptKeyword("SILENT")
                let name = try parseVarOrIRI()
                g = join(g, .service(name, try parseGroupGraphPattern(), silent: silent))
            } else if acceptKeyword("BIND") {
                inBlock = false
                try expectPunct("(")
                let e = try parseExpression()
                try expectKeyword("AS")
                let vToken = current
                let v = try parseVariable()
                try expectPunct(")")
                if g.inScopeVariables.contains(v) {
                    throw error("BIND variable ?\(v) is already in scope in this group", at: vToken)
                }
                g = .extend(g, v, e)
            } else if acceptKeyword("VALUES") {
                inBlock = false
                g = join(g, try parseDataBlock())
            } else if isPunct("{") {
                inBlock = false
                var a = try parseGroupGraphPattern()
                while acceptKeyword("UNION") { a = .union(a, try parseGroupGraphPattern()) }
                g = join(g, a)
            } else {
                if !inBlock { blockCounter += 1; currentBlock = blockCounter; inBlock = true }
                let parts = try parseTriplesSameSubject(allowPaths: true)
                for p in parts { g = join(g, p) }
                if !acceptPunct(".") { inBlock = true; if !isPunct("}") && startsTriples { throw expected("'.' or '}'") } }
                _ = token
                continue
            }
            _ = acceptPunct(".")
        }
        advance()
        if filters.isEmpty { return g }
        let conj = filters.dropFirst().reduce(filters[0]) { .and($0, $1) }
        return .filter(conj, g)
    }

    var startsTriples: Bool {
        switch kind {
        case .variable, .iri, .prefixedName, .blankNodeLabel, .anon, .nilList, .string, .integer, .decimal, .double:
            return true
        case .punct(let p): return p == "(" || p == "[" || p == "+" || p == "-"
        case .word(let w): return w == "true" || w == "false"
        default: return false
        }
    }

    mutating func parseVarOrIRI() throws(SPARQLSyntaxError) -> PatternTerm {
        if case .variable(let v) = kind { advance(); return .variable(v) }
        return .term(.iri(try parseIRI()))
    }

    /// CONSTRUCT templates and CONSTRUCT WHERE bodies: triples without paths.
    mutating func parseTriplesTemplate(until close: String) throws(SPARQLSyntaxError) -> [TriplePattern] {
        var out: [TriplePattern] = []
        while !isPunct(close) {
            for part in try parseTriplesSameSubject(allowPaths: false) {
                if case .bgp(let ts) = part { out += ts }
            }
            if !acceptPunct(".") { break }
        }
        return out
    }
}
