import RDF

extension Evaluator {
    /// A FILTER condition compiled once per operator: its effective boolean value for a row
    /// (throwing for an error, which FILTER reads as false).
    typealias Condition = (Row) throws -> Bool

    /// Compiles `e`: language tests, string tests and REGEX over one variable read term ids and
    /// lexical forms directly, with slots, needles and patterns resolved once; anything else is
    /// evaluated by `ebv`.
    func compileCondition(_ e: Expression, _ graph: ActiveGraph) -> Condition {
        compiledLanguageTest(e) ?? compiledStringTest(e, graph) ?? compiledRegexTest(e) ?? memoized(e, graph)
            ?? { row in try self.ebv(e, row, graph) }
    }

    /// A condition reading one variable and nothing else that varies (no EXISTS, RAND, BNODE...),
    /// computed once per distinct value of the variable: its result (true, false or error) is
    /// kept by term id, up to `memoLimit` values.
    private func memoized(_ e: Expression, _ graph: ActiveGraph) -> Condition? {
        let vars = e.variables
        guard vars.count == 1, let v = vars.first, let slot = slots[v], FilterPushDown.isPushable(e) else { return nil }
        var memo: [TermID: Bool?] = [:]
        let limit = Self.memoLimit
        return { row in
            let id = row[slot]
            if let known = memo[id] {
                guard let value = known else { throw ExpressionFailure() }
                return value
            }
            let value: Bool?
            do { value = try self.ebv(e, row, graph) }
            catch let error as QueryEvaluationError { throw error }
            catch let stop as StopSignal { throw stop }
            catch { value = nil }
            if memo.count < limit { memo[id] = value }
            guard let value else { throw ExpressionFailure() }
            return value
        }
    }

    /// Most distinct values one memoized condition keeps.
    static var memoLimit: Int { 65_536 }

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

    /// The string value of `?v`, `STR(?v)`, `LCASE(...)` or `UCASE(...)` of those: the slot, the
    /// case mapping, and whether `STR` was applied (then a term that is not a string literal, such
    /// as an IRI or a number, is left to the general evaluator rather than failing).
    private func stringOperand(_ x: Expression) -> (slot: Int, mapping: ASCIIFolding.Mapping?, viaSTR: Bool)? {
        func variable(_ y: Expression) -> (slot: Int, viaSTR: Bool)? {
            if case .variable(let v) = y, let slot = slots[v] { return (slot, false) }
            if case .builtin("STR", let args) = y, args.count == 1, case .variable(let v) = args[0], let slot = slots[v] {
                return (slot, true)
            }
            return nil
        }
        switch x {
        case .builtin("LCASE", let args) where args.count == 1:
            if let (slot, viaSTR) = variable(args[0]) { return (slot, .lower, viaSTR) }
        case .builtin("UCASE", let args) where args.count == 1:
            if let (slot, viaSTR) = variable(args[0]) { return (slot, .upper, viaSTR) }
        default:
            if let (slot, viaSTR) = variable(x) { return (slot, nil, viaSTR) }
        }
        return nil
    }

    /// CONTAINS / STRSTARTS / STRENDS of a variable (or its STR, LCASE, UCASE) and a constant simple literal.
    private func compiledStringTest(_ e: Expression, _ graph: ActiveGraph) -> Condition? {
        guard case .builtin(let name, let args) = e, args.count == 2,
              let test = ExpressionFunctions.StringTest(rawValue: name),
              let (slot, mapping, viaSTR) = stringOperand(args[0]),
              case .term(.literal(let n)) = args[1], n.isPlainString else { return nil }
        let needle = Array(n.lexicalForm.utf8)
        let terms = self.terms
        return { row in
            let id = row[slot]
            guard id != 0 else { throw ExpressionFailure() }
            guard let text = terms.stringLexicalForm(id) else {
                if viaSTR { return try self.ebv(e, row, graph) }
                throw ExpressionFailure()
            }
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
