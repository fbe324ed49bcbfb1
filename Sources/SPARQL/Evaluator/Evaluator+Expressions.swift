import RDF

/// An expression evaluated to an error (unbound variable, type error, …).
struct ExpressionFailure: Error {}

extension Evaluator {
    static let trueTerm = Term.typed("true", XSD.boolean)
    static let falseTerm = Term.typed("false", XSD.boolean)
    static func boolean(_ b: Bool) -> Term { b ? trueTerm : falseTerm }

    /// Evaluation-stopping errors (timeout, cancellation, stop signals) pass; expression errors become nil.
    func evaluateOrNil(_ e: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Term? {
        do { return try evaluate(e, row, graph) }
        catch let error as QueryEvaluationError { throw error }
        catch let stop as StopSignal { throw stop }
        catch { return nil }
    }

    /// FILTER semantics: the effective boolean value, errors counting as false.
    func filterAccepts(_ e: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Bool {
        rowCounter += 1
        do { return try ebv(e, row, graph) }
        catch let error as QueryEvaluationError { throw error }
        catch let stop as StopSignal { throw stop }
        catch { return false }
    }

    func ebv(_ e: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Bool {
        try ExpressionFunctions.effectiveBooleanValue(try evaluate(e, row, graph))
    }

    func evaluate(_ e: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Term {
        switch e {
        case .variable(let v):
            guard let slot = slots[v], row[slot] != 0 else { throw ExpressionFailure() }
            return terms.term(row[slot])
        case .term(let t):
            return t
        case .or(let a, let b):
            let x = try? ebvOrFailure(a, row, graph), y = try? ebvOrFailure(b, row, graph)
            if x == true || y == true { return Self.trueTerm }
            if x == false && y == false { return Self.falseTerm }
            throw ExpressionFailure()
        case .and(let a, let b):
            let x = try? ebvOrFailure(a, row, graph), y = try? ebvOrFailure(b, row, graph)
            if x == false || y == false { return Self.falseTerm }
            if x == true && y == true { return Self.trueTerm }
            throw ExpressionFailure()
        case .not(let a):
            return Self.boolean(!(try ebv(a, row, graph)))
        case .equal(let a, let b):
            return Self.boolean(try ExpressionFunctions.equals(try evaluate(a, row, graph), try evaluate(b, row, graph)))
        case .notEqual(let a, let b):
            return Self.boolean(!(try ExpressionFunctions.equals(try evaluate(a, row, graph), try evaluate(b, row, graph))))
        case .less(let a, let b): return Self.boolean(try compare(a, b, row, graph) < 0)
        case .greater(let a, let b): return Self.boolean(try compare(a, b, row, graph) > 0)
        case .lessOrEqual(let a, let b): return Self.boolean(try compare(a, b, row, graph) <= 0)
        case .greaterOrEqual(let a, let b): return Self.boolean(try compare(a, b, row, graph) >= 0)
        case .add(let a, let b): return try ExpressionFunctions.add(try evaluate(a, row, graph), try evaluate(b, row, graph))
        case .subtract(let a, let b): return try ExpressionFunctions.subtract(try evaluate(a, row, graph), try evaluate(b, row, graph))
        case .multiply(let a, let b): return try ExpressionFunctions.multiply(try evaluate(a, row, graph), try evaluate(b, row, graph))
        case .divide(let a, let b): return try ExpressionFunctions.divide(try evaluate(a, row, graph), try evaluate(b, row, graph))
        case .unaryPlus(let a): return try ExpressionFunctions.unaryPlus(try evaluate(a, row, graph))
        case .unaryMinus(let a): return try ExpressionFunctions.unaryMinus(try evaluate(a, row, graph))
        case .in(let a, let list):
            return Self.boolean(try membership(a, list, row, graph))
        case .notIn(let a, let list):
            return Self.boolean(!(try membership(a, list, row, graph)))
        case .exists(let p):
            return Self.boolean(try hasSolution(p, row, graph))
        case .notExists(let p):
            return Self.boolean(!(try hasSolution(p, row, graph)))
        case .builtin(let name, let args):
            return try evaluateBuiltin(name, args, row, graph)
        case .function(let iri, let args):
            let values = try args.map { try evaluate($0, row, graph) }
            return try ExpressionFunctions.call(iri, values, functions)
        case .aggregate:
            throw ExpressionFailure()
        }
    }

    /// EBV that lets evaluation-stopping errors through and turns the rest into a failure.
    private func ebvOrFailure(_ e: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Bool {
        do { return try ebv(e, row, graph) }
        catch let error as QueryEvaluationError { throw error }
        catch let stop as StopSignal { throw stop }
        catch { throw ExpressionFailure() }
    }

    private func compare(_ a: Expression, _ b: Expression, _ row: Row, _ graph: ActiveGraph) throws -> Int {
        try ExpressionFunctions.compare(try evaluate(a, row, graph), try evaluate(b, row, graph))
    }

    private func membership(_ a: Expression, _ list: [Expression], _ row: Row, _ graph: ActiveGraph) throws -> Bool {
        let value = try evaluate(a, row, graph)
        var sawError = false
        for item in list {
            do {
                if try ExpressionFunctions.equals(value, try evaluate(item, row, graph)) { return true }
            } catch let error as QueryEvaluationError { throw error }
            catch { sawError = true }
        }
        if sawError { throw ExpressionFailure() }
        return false
    }

    private func evaluateBuiltin(_ name: String, _ args: [Expression], _ row: Row, _ graph: ActiveGraph) throws -> Term {
        switch name {
        case "BOUND":
            guard case .variable(let v)? = args.first, let slot = slots[v] else { return Self.falseTerm }
            return Self.boolean(row[slot] != 0)
        case "IF":
            guard args.count == 3 else { throw ExpressionFailure() }
            return try ebv(args[0], row, graph) ? try evaluate(args[1], row, graph) : try evaluate(args[2], row, graph)
        case "COALESCE":
            for a in args { if let v = try evaluateOrNil(a, row, graph) { return v } }
            throw ExpressionFailure()
        case "SAMETERM":
            guard args.count == 2 else { throw ExpressionFailure() }
            return Self.boolean(ExpressionFunctions.sameTerm(try evaluate(args[0], row, graph), try evaluate(args[1], row, graph)))
        case "BNODE":
            if args.isEmpty { return functions.bnode(for: nil, row: rowCounter) }
            let label = try evaluate(args[0], row, graph)
            guard case .literal(let l) = label, l.isPlainString else { throw ExpressionFailure() }
            return functions.bnode(for: l.lexicalForm, row: rowCounter)
        default:
            let values = try args.map { try evaluate($0, row, graph) }
            return try ExpressionFunctions.call(name, values, functions)
        }
    }
}
