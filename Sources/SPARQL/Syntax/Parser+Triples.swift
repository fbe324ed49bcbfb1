import RDF

extension Parser {
    /// TriplesSameSubject(Path): the triples and path patterns of one subject, as algebra pieces.
    mutating func parseTriplesSameSubject(allowPaths: Bool) throws(SPARQLSyntaxError) -> [Algebra] {
        let start = current
        var out: [Algebra] = []
        defer { patternCount += out.count }
        if isPunct("[") || isPunct("(") {
            let subject = try parseTriplesNode(allowPaths: allowPaths, into: &out)
            if startsVerb { try parsePropertyList(subject: subject, allowPaths: allowPaths, into: &out) }
        } else {
            let subject = try parseVarOrTerm()
            try parsePropertyList(subject: subject, allowPaths: allowPaths, into: &out)
        }
        if patternCount + out.count > Self.maxPatterns {
            throw error("query has more than \(Self.maxPatterns) triple patterns", at: start)
        }
        return out
    }

    var startsVerb: Bool {
        switch kind {
        case .variable, .iri, .prefixedName: return true
        case .word(let w): return w == "a"
        case .punct(let p): return p == "^" || p == "!" || p == "("
        default: return false
        }
    }

    mutating func parsePropertyList(subject: PatternTerm, allowPaths: Bool,
                                    into out: inout [Algebra]) throws(SPARQLSyntaxError) {
        guard startsVerb else { throw expected("a predicate (IRI, 'a', variable or path)") }
        while true {
            let verb: PropertyPath?
            let verbTerm: PatternTerm?
            if case .variable(let v) = kind {
                advance(); verb = nil; verbTerm = .variable(v)
            } else if allowPaths {
                let p = try parsePath()
                verb = p; verbTerm = nil
            } else {
                if case .word("a") = kind { advance(); verbTerm = .term(.iri(RDFVocabulary.type)) }
                else { verbTerm = .term(.iri(try parseIRI())) }
                verb = nil
            }
            repeat {
                let object = try parseGraphNode(allowPaths: allowPaths, into: &out)
                if let verbTerm { out.append(.bgp([TriplePattern(subject, verbTerm, object)])) }
                else if let verb { emitPath(subject, verb, object, into: &out) }
            } while acceptPunct(",")
            guard acceptPunct(";") else { return }
            while acceptPunct(";") {}
            if !startsVerb { return }
        }
    }

    /// Simple paths become triple patterns (sequences through fresh variables); the rest path patterns.
    mutating func emitPath(_ s: PatternTerm, _ path: PropertyPath, _ o: PatternTerm, into out: inout [Algebra]) {
        switch path {
        case .link(let iri): out.append(.bgp([TriplePattern(s, .term(.iri(iri)), o)]))
        case .inverse(.link(let iri)): out.append(.bgp([TriplePattern(o, .term(.iri(iri)), s)]))
        case .sequence(let a, let b):
            let mid = PatternTerm.variable(freshHidden("path"))
            emitPath(s, a, mid, into: &out)
            emitPath(mid, b, o, into: &out)
        default: out.append(.path(s, path, o))
        }
    }

    mutating func parseGraphNode(allowPaths: Bool, into out: inout [Algebra]) throws(SPARQLSyntaxError) -> PatternTerm {
        if isPunct("[") || isPunct("(") { return try parseTriplesNode(allowPaths: allowPaths, into: &out) }
        return try parseVarOrTerm()
    }

    /// `[ propertyList ]` or a collection `( … )`: the node standing for it.
    mutating func parseTriplesNode(allowPaths: Bool, into out: inout [Algebra]) throws(SPARQLSyntaxError) -> PatternTerm {
        try enter()
        defer { leave() }
        if acceptPunct("[") {
            let node = freshBlank()
            try parsePropertyList(subject: node, allowPaths: allowPaths, into: &out)
            try expectPunct("]")
            return node
        }
        try expectPunct("(")
        var items: [PatternTerm] = []
        while !isPunct(")") {
            if kind == .eof { throw expected("')'") }
            items.append(try parseGraphNode(allowPaths: allowPaths, into: &out))
        }
        advance()
        let first = PatternTerm.term(.iri(RDFVocabulary.first)), rest = PatternTerm.term(.iri(RDFVocabulary.rest))
        let nodes = items.map { _ in freshBlank() }
        for (i, item) in items.enumerated() {
            out.append(.bgp([TriplePattern(nodes[i], first, item)]))
            let next = i + 1 < nodes.count ? nodes[i + 1] : .term(.iri(RDFVocabulary.nil))
            out.append(.bgp([TriplePattern(nodes[i], rest, next)]))
        }
        return nodes.first ?? .term(.iri(RDFVocabulary.nil))
    }

    mutating func freshBlank() -> PatternTerm {
        if inTemplate {
            hiddenCounter += 1
            return .term(.blankNode("t\(hiddenCounter)"))
        }
        return .variable(freshHidden("anon"))
    }

    mutating func parseVarOrTerm() throws(SPARQLSyntaxError) -> PatternTerm {
        switch kind {
        case .variable(let v): advance(); return .variable(v)
        case .iri, .prefixedName: return .term(.iri(try parseIRI()))
        case .blankNodeLabel(let label):
            if inTemplate { advance(); return .term(.blankNode(label)) }
            if let block = blankLabelBlocks[label], block != currentBlock {
                throw error("blank node label _:\(label) is used in more than one basic graph pattern")
            }
            blankLabelBlocks[label] = currentBlock
            advance()
            return .variable("\(HiddenVariable.marker)b_\(label)")
        case .anon: advance(); return freshBlank()
        case .nilList: advance(); return .term(.iri(RDFVocabulary.nil))
        default:
            if let lit = try parseLiteralIfPresent() { return .term(lit) }
            throw expected("a variable, an IRI, a blank node or a literal")
        }
    }

    /// RDFLiteral, NumericLiteral (signed too) or BooleanLiteral, when one starts here.
    mutating func parseLiteralIfPresent() throws(SPARQLSyntaxError) -> Term? {
        switch kind {
        case .string(let s):
            advance()
            if case .languageTag(let tag) = kind { advance(); return .langString(s, tag) }
            if acceptPunct("^^") { return .typed(s, try parseIRI()) }
            return .string(s)
        case .integer(let v): advance(); return .typed(v, XSD.integer)
        case .decimal(let v): advance(); return .typed(v, XSD.decimal)
        case .double(let v): advance(); return .typed(v, XSD.double)
        case .word(let w) where w == "true" || w == "false": advance(); return .typed(w, XSD.boolean)
        case .punct(let sign) where sign == "+" || sign == "-":
            let next = peekKind(1)
            switch next {
            case .integer(let v): advance(); advance(); return .typed(sign + v, XSD.integer)
            case .decimal(let v): advance(); advance(); return .typed(sign + v, XSD.decimal)
            case .double(let v): advance(); advance(); return .typed(sign + v, XSD.double)
            default: return nil
            }
        default: return nil
        }
    }

    // MARK: property paths

    mutating func parsePath() throws(SPARQLSyntaxError) -> PropertyPath {
        try enter()
        defer { leave() }
        var p = try parsePathSequence()
        while acceptPunct("|") { p = .alternative(p, try parsePathSequence()) }
        return p
    }

    mutating func parsePathSequence() throws(SPARQLSyntaxError) -> PropertyPath {
        var p = try parsePathEltOrInverse()
        while acceptPunct("/") { p = .sequence(p, try parsePathEltOrInverse()) }
        return p
    }

    mutating func parsePathEltOrInverse() throws(SPARQLSyntaxError) -> PropertyPath {
        if acceptPunct("^") { return .inverse(try parsePathElt()) }
        return try parsePathElt()
    }

    mutating func parsePathElt() throws(SPARQLSyntaxError) -> PropertyPath {
        let primary = try parsePathPrimary()
        if acceptPunct("*") { return .zeroOrMore(primary) }
        if acceptPunct("+") { return .oneOrMore(primary) }
        if acceptPunct("?") { return .zeroOrOne(primary) }
        return primary
    }

    mutating func parsePathPrimary() throws(SPARQLSyntaxError) -> PropertyPath {
        if case .word("a") = kind { advance(); return .link(RDFVocabulary.type) }
        if atIRI { return .link(try parseIRI()) }
        if acceptPunct("(") {
            let p = try parsePath()
            try expectPunct(")")
            return p
        }
        if acceptPunct("!") {
            var forward: [String] = [], inverse: [String] = []
            func one(_ parser: inout Parser) throws(SPARQLSyntaxError) {
                let inv = parser.acceptPunct("^")
                let iri: String
                if case .word("a") = parser.kind { parser.advance(); iri = RDFVocabulary.type } else { iri = try parser.parseIRI() }
                if inv { inverse.append(iri) } else { forward.append(iri) }
            }
            if kind == .nilList { advance(); return .negated(forward: [], inverse: []) }
            if acceptPunct("(") {
                try one(&self)
                while acceptPunct("|") { try one(&self) }
                try expectPunct(")")
            } else { try one(&self) }
            return .negated(forward: forward, inverse: inverse)
        }
        throw expected("a property path")
    }
}
