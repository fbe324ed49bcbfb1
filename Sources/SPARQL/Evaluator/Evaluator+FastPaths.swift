import RDF

/// REGEX patterns are compiled once per query, keyed by pattern and flags.
struct RegexKey: Hashable {
    let pattern: String
    let flags: String
}

extension Evaluator {
    /// `LANG(?v) = "tag"` (either side): answered from the term id's language tag, without decoding
    /// the term. Nil when the expression has another shape.
    func languageEquals(_ a: Expression, _ b: Expression, _ row: Row) throws -> Bool? {
        func shape(_ x: Expression, _ y: Expression) -> (String, String)? {
            guard case .builtin(let name, let args) = x, name == "LANG", args.count == 1,
                  case .variable(let v) = args[0], case .term(.literal(let l)) = y, l.isPlainString else { return nil }
            return (v, l.lexicalForm)
        }
        guard let (variable, tag) = shape(a, b) ?? shape(b, a), let slot = slots[variable] else { return nil }
        let id = row[slot]
        guard id != 0, let language = terms.languageTag(id) else { throw ExpressionFailure() }
        return language == tag
    }

    /// REGEX with a constant pattern (and flags): the compiled pattern is reused for every row.
    /// Nil when the pattern or flags are not constants.
    func constantRegex(_ args: [Expression], _ row: Row, _ graph: ActiveGraph) throws -> Term? {
        guard args.count == 2 || args.count == 3, case .term(.literal(let p)) = args[1], p.isPlainString else { return nil }
        var flags = ""
        if args.count == 3 {
            guard case .term(.literal(let f)) = args[2], f.isPlainString else { return nil }
            flags = f.lexicalForm
        }
        let key = RegexKey(pattern: p.lexicalForm, flags: flags)
        let regex: CompiledRegex?
        if let hit = regexCache[key] { regex = hit } else {
            regex = try? CompiledRegex(p.lexicalForm, flags: flags)
            regexCache[key] = regex
        }
        let text = try ExpressionFunctions.stringArgument(try evaluate(args[0], row, graph), "REGEX").value
        guard let regex else { throw ExpressionFailure() }
        return Self.boolean(try regex.matches(text))
    }
}
