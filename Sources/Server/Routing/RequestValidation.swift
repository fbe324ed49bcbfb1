import Foundation
import HTTPNegotiation
import Hummingbird

/// Checks a request's query and path parameters against its route's documented constraints before
/// the handler runs: a missing required parameter or a query value outside its constraint is a 400
/// problem naming the parameter, the value and what is allowed; a path segment outside its
/// constraint names no resource, a 404 (or 400 where `pathViolationIsBadRequest`: SDMX REST
/// treats a malformed path as a syntax error).
enum RequestValidation {
    /// Longest value quoted back in a problem document.
    static let quotedLength = 80

    static func validate(_ request: Request, pathParameters: (String) -> String?, against doc: RouteDoc,
                         pathViolationIsBadRequest: Bool = false) throws {
        var query: [(name: String, value: String)]?
        for parameter in doc.parameters {
            switch parameter.location {
            case .header:
                continue
            case .path:
                guard parameter.constraint != .text, let raw = pathParameters(parameter.name) else { continue }
                guard let value = raw.contains("%") ? raw.removingPercentEncoding : raw else {
                    throw ServerError.badRequest("path segment '\(parameter.name)' is not valid percent-encoding")
                }
                if !pathViolationIsBadRequest, parameter.constraint.violation(value) != nil {
                    throw ServerError.notFound(path: request.uri.path)
                }
                try check(parameter, value)
            case .query:
                if query == nil { query = FormDecoding.decode(request.uri.query ?? "") }
                var seen = false
                for (name, value) in query ?? [] where name == parameter.name {
                    seen = true
                    try check(parameter, value)
                }
                if parameter.required && !seen {
                    throw ServerError.badRequest("the query parameter '\(parameter.name)' is required")
                }
            }
        }
    }

    static func check(_ parameter: RouteDoc.Parameter, _ value: String) throws {
        guard let problem = parameter.constraint.violation(value) else { return }
        let quoted = value.count > quotedLength ? String(value.prefix(quotedLength)) + "…" : value
        throw ServerError.badRequest("\(parameter.location.rawValue) parameter '\(parameter.name)' \(problem), not '\(quoted)'")
    }
}
