/// Errors of the DCAT-AP export.
public enum DCATAPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The base IRI the services are published under is not an absolute http(s) IRI ending in `/`.
    case invalidBase(String)
    /// A licence or access-rights option that is not an absolute IRI.
    case invalidIRI(option: String, value: String)

    public var description: String {
        switch self {
        case .invalidBase(let b): "invalid base IRI \"\(b)\": expected an absolute http(s) IRI ending in /"
        case let .invalidIRI(option, value): "invalid \(option) \"\(value)\": expected an absolute IRI"
        }
    }
}
