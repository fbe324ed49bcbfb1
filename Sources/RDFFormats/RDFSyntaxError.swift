/// A syntax error in an RDF document, at a line and column (both 1-based; column counts characters).
public struct RDFSyntaxError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file (or "-" for standard input, nil when unknown).
    public var file: String?
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String? = nil, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, or `LINE:COLUMN: message` without a file.
    public var description: String {
        if let file { return "\(file):\(line):\(column): \(message)" }
        return "\(line):\(column): \(message)"
    }

    public func withFile(_ file: String) -> RDFSyntaxError {
        var copy = self; copy.file = file; return copy
    }
}
