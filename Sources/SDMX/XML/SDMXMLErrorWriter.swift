/// The SDMX error codes of the REST guidelines (SDMX 2.1 section 7, "Error handling"), each
/// with the HTTP status it maps to.
public enum SDMXErrorCode: Int, Sendable, CaseIterable {
    case noResultsFound = 100
    case unauthorized = 110
    case responseTooLarge = 130
    case syntaxError = 140
    case semanticError = 150
    case internalServerError = 500
    /// The guidelines' 501 "Not implemented": the query asks for something the service does not offer.
    case unsupportedFeature = 501
    case serviceUnavailable = 503

    /// The HTTP status the guidelines pair with this code.
    public var httpStatus: Int {
        switch self {
        case .noResultsFound: 404
        case .unauthorized: 401
        case .responseTooLarge: 413
        case .syntaxError: 400
        case .semanticError: 403
        case .internalServerError: 500
        case .unsupportedFeature: 501
        case .serviceUnavailable: 503
        }
    }

    /// The code for an HTTP status (500 when the guidelines name none).
    public init(httpStatus: Int) {
        self = SDMXErrorCode.allCases.first { $0.httpStatus == httpStatus } ?? .internalServerError
    }
}

/// Writes an SDMX-ML error message (`<mes:Error><mes:ErrorMessage code=><com:Text>`), the body
/// the SDMX REST guidelines give to failed SDMX-ML queries.
public struct SDMXMLErrorWriter: Sendable {
    public var version: SDMXMLVersion

    public init(version: SDMXMLVersion = .v2_1) { self.version = version }

    /// The message for `code` with an English `text`.
    public func bytes(code: SDMXErrorCode, text: String) throws -> [UInt8] {
        let sink = ByteSink.memory()
        let out = try XMLOutput(sink: sink)
        try out.startDocument()
        try out.start("mes:Error")
        try out.attribute("xmlns:mes", version.messageNamespace)
        try out.attribute("xmlns:com", version.commonNamespace)
        try out.start("mes:ErrorMessage")
        try out.attribute("code", String(code.rawValue))
        try out.element("com:Text", "xml:lang", "en", text: text)
        try out.end()
        try out.end()
        try out.finish()
        try sink.flush()
        return sink.bytes
    }
}
