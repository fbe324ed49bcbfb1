import RDFFormats

/// Everything that can go wrong in the catalog module (one error enum for the module).
public enum CatalogError: Error, CustomStringConvertible, Sendable {
    /// A directory to load does not exist or is not a directory.
    case missingDirectory(String)
    /// No catalog was found: not given, not in the environment, not next to the sources.
    case catalogNotFound(String)
    /// A file could not be parsed: the syntax error carries file, line and column.
    case syntax(RDFSyntaxError)
    /// A file could not be read or its format cannot be parsed (yet).
    case unreadable(file: String, reason: String)
    /// The configured base IRI is unusable.
    case invalidBase(String)
    /// An IRI or CURIE names no resource of the catalog.
    case unknownResource(String)
    /// A CURIE whose prefix is not known.
    case unknownPrefix(String)
    /// A list filter the resource kind does not support.
    case unsupportedFilter(kind: String, key: String, supported: [String])
    /// A quality report that its metadata structure refuses (an attribute not in the structure, a
    /// value of the wrong form), at the line of the offending statement (0 when unknown).
    case invalidReport(file: String, line: Int, message: String)
    /// A shape the validator cannot use (bad path, pattern, list…).
    case invalidShape(shape: String, reason: String)
    /// A vocabulary mapping that cannot be used, or catalog data it cannot map (an IRI claimed by
    /// two kinds): `FILE:LINE: message`.
    case mapping(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .missingDirectory(let d): return "\(d): no such directory"
        case .catalogNotFound(let m): return m
        case .syntax(let e): return e.description
        case .unreadable(let f, let r): return "\(f): \(r)"
        case .invalidBase(let b): return "invalid base IRI <\(b)>: it must be an absolute IRI ending with \"/\""
        case .unknownResource(let r): return "unknown resource: \(r) is not described in the catalog"
        case .unsupportedFilter(let kind, let key, let supported):
            return "unsupported filter \"\(key)\" for \(kind) (supported: \(supported.joined(separator: ", ")))"
        case .invalidShape(let shape, let reason): return "shape \(shape): \(reason)"
        case .mapping(let file, let line, let message): return "\(file):\(line): \(message)"
        case .invalidReport(let file, let line, let message):
            return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case .unknownPrefix(let p): return "unknown prefix \"\(p):\" (use a full IRI or a prefix declared in the catalog)"
        }
    }
}
