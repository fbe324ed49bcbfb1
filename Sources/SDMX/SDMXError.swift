/// Errors of the SDMX module.
public enum SDMXError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Malformed or refused XML input, with its position.
    case xml(file: String, line: Int, column: Int, message: String)
    /// Well-formed XML that is not a structure message this reader understands.
    case invalidMessage(file: String, line: Int, column: Int, message: String)
    /// Hostile input refused (DOCTYPE, entities, external resources).
    case refused(file: String, line: Int, column: Int, message: String)
    /// A writer could not produce its output.
    case write(String)
    /// The catalog holds something the mapping cannot turn into SDMX.
    case mapping(String)
    /// An invalid REST query (bad path, unknown parameter value).
    case badQuery(String)

    public var description: String {
        switch self {
        case let .xml(file, line, column, message): "\(file):\(line):\(column): \(message)"
        case let .invalidMessage(file, line, column, message): "\(file):\(line):\(column): \(message)"
        case let .refused(file, line, column, message): "\(file):\(line):\(column): refused: \(message)"
        case let .write(message): "SDMX output: \(message)"
        case let .mapping(message): "SDMX mapping: \(message)"
        case let .badQuery(message): "SDMX query: \(message)"
        }
    }
}
