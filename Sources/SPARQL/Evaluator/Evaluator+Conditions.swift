import RDF

extension Evaluator {
    /// A FILTER condition compiled once per operator: its effective boolean value for a row
    /// (throwing for an error, which FILTER reads as false).
    typealias Condition = (Row) throws -> Bool

    /// Compiles `e`: language tests, string tests and REGEX over one variable read term ids and
    /// lexical forms directly, with slots, needles and patterns resolved once; anything else is
    /// evaluated by `ebv`.
    func compileCondition(_ e: Expression, _ graph: ActiveGraph) -> Condition {
        compiledLanguageTest(e) ?? compiledStringTest(e) ?? compiledRegexTest(e) ?? { row in try self.ebv(e, row, graph) }
    }

    /// FILTER semantics for a compiled condition: errors count as false.
    func accepts(_ condition: Condition, _ row: Row) throws -> Bool {
        rowCounter += 1
        do { return try condition(row) }
        catch let error as QueryEvaluationError { throw error }
        catch let stop as StopSignal { throw stop }
        catch { return false }
    }

    /// `LANG(?v) = "tag"`, either way round.
    private func compiledLanguageTest(_ e: Expression) -> Condition? {
        guard case .equal(let a, let b) = e else { return nil }
        func shape(_ x: Expression, _ y: Expression) -> (Int, String)? {
            guard case .builtin("LANG", let args) = x, args.count == 1, case .variable(let v) = args[0],
                  let slot = slots[v], case .term(.literal(let l)) = y, l.isPlainString else { return nil }
            return (slot, l.lexicalForm)
        }
        guard let (slot, tag) = shape(a, b) ?? shape(b, a) else { return nil }
        let terms = self.terms
        return { row in
            let id = row[slot]
            guard id != 0, let language = terms.languageTag(id) else { throw ExpressionFailure() }
            return language == tag
        }
    }

    /// The string value of `?v`, `LCASE(?v)` or `UCASE(?v)`: the slot and the case mapping.
    private func stringOperand(_ x: Expression) -> (slot: Int, mapping: ASCIIFolding.Mapping?)? {
        switch x {
        case .variable(let v): return slots[v].map { ($0, nil) }
        case .builtin("LCASE", let args) where args.count == 1:
            if case .variable(let v) = args[0], let slot = slots[v] { return (slot, .lower) }
        case .builtin("UCASE", let args) where args.count == 1:
            if case .variable(let v) = args[0], let slot = slots[v] { return (slot, .upper) }
        default: break
        }
        return nil
    }

    /// CONTAINS / STRSTARTS / STRENDS of a variable (or its LCASE/UCASE) and a constant simple literal.
    private func compiledStringTest(_ e: Expression) -> Condition? {
        guard case .builtin(let name, let args) = e, args.count == 2,
              let test = ExpressionFunctions.StringTest(rawValue: name),
              let (slot, mapping) = stringOperand(args[0]),
              case .term(.literal(let n)) = args[1], n.isPlainString else { return nil }
        let needle = Array(n.lexicalForm.utf8)
        let terms = self.terms
        return { row in
            let id = row[slot]
            guard id != 0, let text = terms.stringLexicalForm(id) else { throw ExpressionFailure() }
            return ASCIIFolding.test(test, text, mapping, needle)
        }
    }

    /// REGEX(?v, "pattern"[, "flags"]) with the pattern compiled once.
    private func compiledRegexTest(_ e: Expression) -> Condition? {
        guard case .builtin("REGEX", let args) = e, args.count == 2 || args.count == 3,
              case .variable(let v) = args[0], let slot = slots[v],
              case .term(.literal(let p)) = args[1], p.isPlainString else { return nil }
        var flags = ""
        if args.count == 3 {
            guard case .term(.literal(let f)) = args[2], f.isPlainString else { return nil }
            flags = f.lexicalForm
        }
        guard let regex = try? CompiledRegex(p.lexicalForm, flags: flags) else { return { _ in throw ExpressionFailure() } }
        let terms = self.terms
        return { row in
            let id = row[slot]
            guard id != 0, let text = terms.stringLexicalForm(id) else { throw ExpressionFailure() }
            return try regex.matches(text)
        }
    }
}
