import RDF

/// Evaluates operator sub-expressions made only of constants once, at planning time.
/// Sub-expressions that raise an error are left for evaluation to report per row.
enum ConstantFolding {
    static func apply(_ a: Algebra) -> Algebra {
        a.rewrite { node in
            switch node {
            case .filter(let e, let x): return .filter(fold(e), x)
            case .extend(let x, let v, let e): return .extend(x, v, fold(e))
            case .leftJoin(let x, let y, let e?): return .leftJoin(x, y, fold(e))
            default: return nil
            }
        }
    }

    static func fold(_ e: Expression) -> Expression {
        e.rewrite { node in
            let folded = node.children.map(fold)
            guard folded.allSatisfy({ if case .term = $0 { return true }; return false }) else { return nil }
            let terms = folded.compactMap { if case .term(let t) = $0 { return t }; return nil }
            do {
                switch node {
                case .add: return .term(try ExpressionFunctions.add(terms[0], terms[1]))
                case .subtract: return .term(try ExpressionFunctions.subtract(terms[0], terms[1]))
                case .multiply: return .term(try ExpressionFunctions.multiply(terms[0], terms[1]))
                case .divide: return .term(try ExpressionFunctions.divide(terms[0], terms[1]))
                case .unaryMinus: return .term(try ExpressionFunctions.unaryMinus(terms[0]))
                default: return nil
                }
            } catch {
                return nil
            }
        }
    }
}
