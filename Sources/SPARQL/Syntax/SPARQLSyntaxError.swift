/// A SPARQL query that does not parse or breaks a static rule of the language,
/// with the position (1-based line and column, 0-based UTF-8 byte offset) where it was found.
public struct SPARQLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int
    public var message: String

    public init(line: Int, column: Int, offset: Int, message: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// A position in query text.
struct SourcePosition: Sendable, Equatable {
    var line = 1
    var column = 1
    var offset = 0
}
