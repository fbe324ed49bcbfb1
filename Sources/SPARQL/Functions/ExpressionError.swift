/// Why an expression has no value. In SPARQL semantics every case simply means "error".
public enum ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An operand has a type the operator or function does not accept.
    case typeError(String)
    /// A variable the expression needs is unbound.
    case unbound(String)
    /// An argument has the right type but an unacceptable value (bad lexical form, bad regex, …).
    case invalidArgument(String)
    /// Division of an integer or decimal by zero.
    case divisionByZero
    /// The function or cast named is not known.
    case unknownFunction(String)
    /// The function was called with the wrong number of arguments.
    case arity(function: String, expected: String, got: Int)

    public var description: String {
        switch self {
        case .typeError(let m): return "type error: \(m)"
        case .unbound(let v): return "unbound variable ?\(v)"
        case .invalidArgument(let m): return "invalid argument: \(m)"
        case .divisionByZero: return "division by zero"
        case .unknownFunction(let f): return "unknown function \(f)"
        case let .arity(f, e, g): return "\(f) expects \(e) argument(s), got \(g)"
        }
    }
}
