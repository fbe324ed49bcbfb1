import RDF

/// The severity of a shape's results.
public enum Severity: Hashable, Sendable, CustomStringConvertible {
    case violation, warning, info
    case other(String)

    init(iri: String?) {
        switch iri {
        case nil, SH.Violation?: self = .violation
        case SH.Warning?: self = .warning
        case SH.Info?: self = .info
        case let iri?: self = .other(iri)
        }
    }

    public var iri: String {
        switch self {
        case .violation: return SH.Violation
        case .warning: return SH.Warning
        case .info: return SH.Info
        case .other(let iri): return iri
        }
    }

    public var description: String {
        switch self {
        case .violation: return "Violation"
        case .warning: return "Warning"
        case .info: return "Info"
        case .other(let iri): return iri
        }
    }
}
