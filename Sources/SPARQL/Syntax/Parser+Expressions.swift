import RDF

extension Parser {
    mutating func parseExpression() throws(SPARQLSyntaxError) -> Expression {
        try enter()
        defer { leave() }
        var e = try parseAnd()
        while acceptPunct("||") { e = .or(e, try parseAnd()) }
        return e
    }

    mutating func parseAnd() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseRelational()
        while acceptPunct("&&") { e = .and(e, try parseRelational()) }
        return e
    }

    mutating func parseRelational() throws(SPARQLSyntaxError) -> Expression {
        let left = try parseAdditive()
        if case .punct(let op) = kind {
            switch op {
            case "=": advance(); return .equal(left, try parseAdditive())
            case "!=": advance(); return .notEqual(left, try parseAdditive())
            case "<": advance(); return .less(left, try parseAdditive())
            case ">": advance(); return .greater(left, try parseAdditive())
            case "<=": advance(); return .lessOrEqual(left, try parseAdditive())
            case ">=": advance(); return .greaterOrEqual(left, try parseAdditive())
            default: break
            }
        }
        if acceptKeyword("IN") { return .in(left, try parseExpressionList()) }
        if isKeyword("NOT"), peekKind(1) == .word("IN") || peekKind(1) == .word("in") || peekKind(1) == .word("In") || peekKind(1) == .word("iN") {
            advance(); advance()
            return .notIn(left, try parseExpressionList())
        }
        return left
    }

    mutating func parseExpressionList() throws(SPARQLSyntaxError) -> [Expression] {
        if kind == .nilList { advance(); return [] }
        try expectPunct("(")
        var list = [try parseExpression()]
        while acceptPunct(",") { list.append(try parseExpression()) }
        try expectPunct(")")
        return list
    }

    mutating func parseAdditive() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseMultiplicative()
        while true {
            if acceptPunct("+") { e = .add(e, try parseMultiplicative()) }
            else if acceptPunct("-") { e = .subtract(e, try parseMultiplicative()) }
            else { return e }
        }
    }

    mutating func parseMultiplicative() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseUnary()
        while true {
            if acceptPunct("*") { e = .multiply(e, try parseUnary()) }
            else if acceptPunct("/") { e = .divide(e, try parseUnary()) }
            else { return e }
        }
    }

    mutating func parseUnary() throws(SPARQLSyntaxError) -> Expression {
        try enter()
        defer { leave() }
        if acceptPunct("!") { return .not(try parsePrimary()) }
        if acceptPunct("+") { return .unaryPlus(try parsePrimary()) }
        if acceptPunct("-") { return .unaryMinus(try parsePrimary()) }
        return try parsePrimary()
    }

    mutating func parseBracketted() throws(SPARQLSyntaxError) -> Expression {
        try expectPunct("(")
        let e = try parseExpression()
        try expectPunct(")")
        return e
    }

    mutating func parsePrimary() throws(SPARQLSyntaxError) -> Expression {
        switch kind {
        case .punct("("): return try parseBracketted()
        case .variable(let v): advance(); return .variable(v)
        case .iri, .prefixedName: return try parseIRIOrFunction()
        case .word(let w) where w != "true" && w != "false": return try parseBuiltinCall()
        default:
            if let t = try parseLiteralIfPresent() { return .term(t) }
            throw expected("an expression")
        }
    }

    mutating func parseIRIOrFunction() throws(SPARQLSyntaxError) -> Expression {
        let iri = try parseIRI()
        if kind == .nilList { advance(); return .function(iri, []) }
        guard acceptPunct("(") else { return .term(.iri(iri)) }
        if acceptKeyword("DISTINCT") { throw error("DISTINCT is only allowed in aggregates") }
        var args = [try parseExpression()]
        while acceptPunct(",") { args.append(try parseExpression()) }
        try expectPunct(")")
        return .function(iri, args)
    }

    mutating func parseBuiltinCall() throws(SPARQLSyntaxError) -> Expression {
        let token = current
        guard let name = current.keyword else { throw expected("a built-in call") }
        if BuiltinCatalog.aggregates.contains(name) { return try parseAggregate(name) }
        if name == "EXISTS" {
            advance()
            return .exists(try parseGroupGraphPattern())
        }
        if name == "NOT" {
            advance()
            try expectKeyword("EXISTS")
            return .notExists(try parseGroupGraphPattern())
        }
        guard let arity = BuiltinCatalog.arities[name] else { throw error("unknown function \(token.describe)") }
        advance()
        var args: [Expression] = []
        if kind == .nilList { advance() } else {
            try expectPunct("(")
            if name == "BOUND" {
                args = [.variable(try parseVariable())]
            } else if !isPunct(")") {
                args.append(try parseExpression())
                while acceptPunct(",") { args.append(try parseExpression()) }
            }
            try expectPunct(")")
        }
        if let arity, !arity.contains(args.count) {
            throw error("\(name) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") argument(s), not \(args.count)", at: token)
        }
        return .builtin(name == "URI" ? "IRI" : name, args)
    }

    mutating func parseAggregate(_ name: String) throws(SPARQLSyntaxError) -> Expression {
        let token = current
        guard aggregatesAllowed else { throw error("aggregate \(name) is not allowed here", at: token) }
        guard !insideAggregate else { throw error("aggregates cannot be nested", at: token) }
        advance()
        try expectPunct("(")
        let distinct = acceptKeyword("DISTINCT")
        insideAggregate = true
        defer { insideAggregate = false }
        var expr: Expression?
        var separator = " "
        if name == "COUNT", acceptPunct("*") {
            expr = nil
        } else {
            expr = try parseExpression()
        }
        if name == "GROUP_CONCAT", acceptPunct(";") {
            try expectKeyword("SEPARATOR")
            try expectPunct("=")
            guard case .string(let s) = kind else { throw expected("a string separator") }
            advance()
            separator = s
        }
        try expectPunct(")")
        guard let function = Aggregate.Function(rawValue: name) else { throw error("unknown aggregate \(name)", at: token) }
        let aggregate = Aggregate(function, distinct: distinct, expression: expr, separator: separator)
        if let existing = aggregates.first(where: { $0.aggregate == aggregate }) { return .variable(existing.variable) }
        let v = freshHidden("agg")
        aggregates.append(AggregateBinding(v, aggregate))
        return .variable(v)
    }
}
