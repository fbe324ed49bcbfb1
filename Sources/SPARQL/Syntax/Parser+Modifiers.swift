import RDF

/// The SELECT clause as written.
struct SelectClause {
    struct Item {
        var variable: String
        var expression: Expression?
        var token: Token
    }
    var distinct = false
    var reduced = false
    var star = false
    var items: [Item] = []
}

extension Parser {
    mutating func parseSelectClause() throws(SPARQLSyntaxError) -> SelectClause {
        try expectKeyword("SELECT")
        var clause = SelectClause()
        if acceptKeyword("DISTINCT") { clause.distinct = true } else if acceptKeyword("REDUCED") { clause.reduced = true }
        if acceptPunct("*") { clause.star = true; return clause }
        while true {
            let token = current
            if case .variable(let v) = kind {
                advance()
                clause.items.append(.init(variable: v, expression: nil, token: token))
            } else if isPunct("(") {
                advance()
                aggregatesAllowed = true
                let e = try parseExpression()
                aggregatesAllowed = false
                try expectKeyword("AS")
                let v = try parseVariable()
                try expectPunct(")")
                clause.items.append(.init(variable: v, expression: e, token: token))
            } else { break }
        }
        if clause.items.isEmpty { throw expected("a variable, '(expression AS ?var)' or '*' in SELECT") }
        return clause
    }

    /// GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET and a trailing VALUES, assembled in the order
    /// of section 18.2.4. Answers the algebra and the projected variables.
    mutating func parseSolutionModifiers(pattern: Algebra, select: SelectClause?,
                                         topLevel: Bool) throws(SPARQLSyntaxError) -> (Algebra, [String]) {
        var keys: [GroupKey] = []
        var grouped = false
        let groupToken = current
        if acceptKeyword("GROUP") {
            try expectKeyword("BY")
            grouped = true
            repeat { keys.append(try parseGroupCondition()) } while startsGroupCondition
        }
        var having: [Expression] = []
        if acceptKeyword("HAVING") {
            aggregatesAllowed = true
            repeat { having.append(try parseConstraint()) } while startsConstraint
            aggregatesAllowed = false
        }
        var order: [OrderCondition] = []
        if acceptKeyword("ORDER") {
            try expectKeyword("BY")
            aggregatesAllowed = true
            repeat { order.append(try parseOrderCondition()) } while startsOrderCondition
            aggregatesAllowed = false
        }
        var offset = 0
        var limit: Int?
        for _ in 0..<2 {
            if acceptKeyword("LIMIT") { limit = try parseNonNegativeInteger() }
            else if acceptKeyword("OFFSET") { offset = try parseNonNegativeInteger() }
        }
        var values: Algebra?
        if acceptKeyword("VALUES") { values = try parseDataBlock() }

        var algebra = pattern
        if grouped || !aggregates.isEmpty {
            algebra = .group(algebra, keys: keys, aggregates: aggregates)
            let visible = Set(keys.map(\.variable) + aggregates.map(\.variable))
            if let select {
                if select.star { throw error("SELECT * is not allowed with GROUP BY or aggregates", at: groupToken) }
                var defined = visible
                for item in select.items {
                    let used = item.expression?.variables ?? [item.variable]
                    for v in used where !defined.contains(v) {
                        throw error("variable ?\(v) is neither grouped nor aggregated", at: item.token)
                    }
                    defined.insert(item.variable)
                }
            }
        }
        for h in having { algebra = .filter(h, algebra) }
        if let values { algebra = .join(algebra, values) }
        var projected: [String] = []
        if let select {
            if select.star {
                projected = algebra.inScopeVariables.filter { !HiddenVariable.isHidden($0) }.sorted()
            } else {
                var inScope = algebra.inScopeVariables
                for item in select.items {
                    if let e = item.expression {
                        if inScope.contains(item.variable) {
                            throw error("variable ?\(item.variable) is already in scope; it cannot be assigned with AS", at: item.token)
                        }
                        algebra = .extend(algebra, item.variable, e)
                        inScope.insert(item.variable)
                    } else if projected.contains(item.variable) {
                        continue
                    }
                    projected.append(item.variable)
                }
            }
        }
        if !order.isEmpty { algebra = .orderBy(algebra, order) }
        if select != nil { algebra = .project(algebra, projected) }
        if select?.distinct == true { algebra = .distinct(algebra) }
        if select?.reduced == true { algebra = .reduced(algebra) }
        if offset != 0 || limit != nil { algebra = .slice(algebra, offset: offset, limit: limit) }
        return (algebra, projected)
    }

    mutating func parseNonNegativeInteger() throws(SPARQLSyntaxError) -> Int {
        guard case .integer(let v) = kind, let n = Int(v) else { throw expected("an integer") }
        advance()
        return n
    }

    var startsConstraint: Bool {
        if isPunct("(") || atIRI { return true }
        if let k = current.keyword { return BuiltinCatalog.isBuiltin(k) }
        return false
    }
    var startsGroupCondition: Bool {
        if case .variable = kind { return true }
        return startsConstraint
    }
    var startsOrderCondition: Bool {
        startsGroupCondition || isKeyword("ASC") || isKeyword("DESC")
    }

    mutating func parseConstraint() throws(SPARQLSyntaxError) -> Expression {
        if isPunct("(") { return try parseBracketted() }
        if atIRI { return try parseIRIOrFunction() }
        if current.keyword.map(BuiltinCatalog.isBuiltin) == true { return try parseBuiltinCall() }
        throw expected("a constraint: '(expression)', a built-in call or a function call")
    }

    mutating func parseGroupCondition() throws(SPARQLSyntaxError) -> GroupKey {
        if case .variable(let v) = kind { advance(); return GroupKey(.variable(v), as: v) }
        if isPunct("(") {
            advance()
            let e = try parseExpression()
            var name: String?
            if acceptKeyword("AS") { name = try parseVariable() }
            try expectPunct(")")
            if let name { return GroupKey(e, as: name) }
            if case .variable(let v) = e { return GroupKey(e, as: v) }
            return GroupKey(e, as: freshHidden("group"))
        }
        let e = try parseConstraint()
        return GroupKey(e, as: freshHidden("group"))
    }

    mutating func parseOrderCondition() throws(SPARQLSyntaxError) -> OrderCondition {
        if acceptKeyword("ASC") { return OrderCondition(try parseBracketted(), ascending: true) }
        if acceptKeyword("DESC") { return OrderCondition(try parseBracketted(), ascending: false) }
        if case .variable(let v) = kind { advance(); return OrderCondition(.variable(v)) }
        return OrderCondition(try parseConstraint())
    }

    /// VALUES data block (after the VALUES keyword).
    mutating func parseDataBlock() throws(SPARQLSyntaxError) -> Algebra {
        var vars: [String] = []
        var rows: [[Term?]] = []
        if case .variable(let v) = kind {
            advance()
            vars = [v]
            try expectPunct("{")
            while !isPunct("}") { rows.append([try parseDataBlockValue()]) }
            advance()
            return .table(variables: vars, rows: rows)
        }
        if kind == .nilList { advance() } else {
            try expectPunct("(")
            while case .variable(let v) = kind { advance(); vars.append(v) }
            try expectPunct(")")
        }
        try expectPunct("{")
        while !isPunct("}") {
            let rowToken = current
            var row: [Term?] = []
            if kind == .nilList { advance() } else {
                try expectPunct("(")
                while !isPunct(")") { row.append(try parseDataBlockValue()) }
                advance()
            }
            if row.count != vars.count {
                throw error("VALUES row has \(row.count) values for \(vars.count) variables", at: rowToken)
            }
            rows.append(row)
        }
        advance()
        return .table(variables: vars, rows: rows)
    }

    mutating func parseDataBlockValue() throws(SPARQLSyntaxError) -> Term? {
        if acceptKeyword("UNDEF") { return nil }
        if atIRI { return .iri(try parseIRI()) }
        if let t = try parseLiteralIfPresent() { return t }
        throw expected("an IRI, a literal or UNDEF in VALUES")
    }
}
