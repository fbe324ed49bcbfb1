/// Every way a request can fail, with what the client needs to fix it.
/// The HTTP status and problem document are in `ServerError+HTTPResponseError.swift`.
public enum ServerError: Error, Sendable, Equatable {
    /// No route, or no resource at this path.
    case notFound(path: String)
    /// A valid query that nothing in the catalog matches (SDMX REST 1.5 "no results found").
    case noResults(String)
    /// The path exists but not for this method.
    case methodNotAllowed(method: String, allowed: [String])
    /// The request body is larger than the configured limit.
    case payloadTooLarge(limit: Int)
    /// The SPARQL query is longer than the configured limit (in UTF-8 bytes); `inURL` for GET.
    case queryTooLong(limit: Int, inURL: Bool)
    /// The request line and header fields are larger than the configured limit (431).
    case headersTooLarge(limit: Int)
    /// The client did not send a whole request within the configured time (408).
    case requestTimeout(seconds: Double)
    /// None of the offered media types is acceptable to the client.
    case notAcceptable(offered: [String])
    /// `?format=` names no format this route offers.
    case unknownFormat(name: String, offered: [String])
    /// The request body's media type is not one this route reads.
    case unsupportedMediaType(String, supported: [String])
    /// A parameter is missing or malformed.
    case badRequest(String)
    /// A query or document did not parse; positions are 1-based.
    case syntax(message: String, line: Int, column: Int, offset: Int?)
    /// The SPARQL query ran out of its time budget.
    case queryTimeout(seconds: Double)
    /// The SPARQL query would return more rows than allowed.
    case tooManyResults(limit: Int)
    /// The query uses a feature this endpoint refuses (e.g. SERVICE).
    case unsupportedQuery(String)
    /// Missing or wrong credentials for an admin route.
    case unauthorized
    /// The request conflicts with work in progress.
    case conflict(String)
    /// A catalog reload failed; the previous catalog is still served.
    case reloadFailed(String)
    /// Something went wrong on our side.
    case internalError(String)
    /// The SPARQL engine behind the server (`--sparql-endpoint`) failed or could not be reached.
    case badGateway(String)
    /// The SPARQL engine behind the server did not answer in time.
    case gatewayTimeout(String)
    /// The SPARQL engine behind the server is not asked now (this replica's cap on requests in
    /// flight is reached, or its circuit breaker is open): try again after `retryAfter` seconds (503).
    case engineUnavailable(String, retryAfter: Int)
}
