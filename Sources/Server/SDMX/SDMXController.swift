import Foundation
import Hummingbird
import SDMX

/// The SDMX REST structure API: REST 1.5 under `/sdmx/v1/{resource}/…` and REST 2 under
/// `/sdmx/v2/structure/…`, answered from the catalog's artefacts in SDMX-ML 2.1/3.0 or
/// SDMX-JSON 1.0/2.0.0 by content negotiation (see `SDMXOffers`).
///
/// Statuses: 200 with the message; REST 1.5 404 and REST 2 204 when nothing matches (as each
/// specification says); 400 for a malformed query; 501 for what the model cannot produce
/// (unpublished structure types); 406 when no offer fits; 304 on a
/// matching `If-None-Match`. Error bodies are SDMX-ML error messages when the client negotiated
/// SDMX-ML on a REST 1.5 path (as the 2.1 guidelines ask), `application/problem+json` otherwise.
struct SDMXController<Repository: SDMXRepository> {
    let repository: Repository
    let cacheControl: String

    /// Query parameters that only steer negotiation (the query parser never sees them).
    static var negotiationParameters: Set<String> { ["format", "formatVersion", "lang"] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        for api in [SDMXRESTVersion.v1, .v2] {
            for doc in SDMXRouteDocs.docs(api) {
                table.add(doc) { request, context in
                    try respond(to: request, api: api) {
                        try RequestValidation.validate(request, pathParameters: { context.parameters.get($0) }, against: doc,
                                                       pathViolationIsBadRequest: true)
                    }
                }
            }
        }
    }

    /// The answer to a structure query; `validate` checks the request's parameters against the
    /// route's documentation, and its error is answered like any SDMX error (an SDMX-ML error
    /// message on v1 when SDMX-ML is negotiated), in the representation `Accept` picks.
    func respond(to request: Request, api: SDMXRESTVersion, validate: () throws -> Void = {}) throws -> Response {
        if SDMXMetadataStructurePath.matches(request.uri.path, api: api) {
            return try SDMXMetadataStructureResponder(repository: repository, cacheControl: cacheControl)
                .respond(to: request, api: api, validate: validate)
        }
        let offers = SDMXOffers.offers(api)
        let query = request.uri.queryParameters
        do { try validate() } catch let error as ServerError {
            let fallback: Int
            if case .chosen(let i) = ContentNegotiation.negotiate(accept: request.headers[.accept], offers: offers) { fallback = i }
            else { fallback = 0 }
            return try SDMXErrorResponse.response(error, format: SDMXOffers.formats(api)[fallback], api: api, request: request)
        }
        let format = SDMXOffers.formatName(format: query.get("format"), formatVersion: query.get("formatVersion"), api: api)
        let chosen: Int
        switch ContentNegotiation.negotiate(accept: request.headers[.accept], format: format, offers: offers) {
        case .chosen(let i): chosen = i
        case .notAcceptable: throw ServerError.notAcceptable(offered: offers.map(\.mediaType))
        case .unknownFormat(let name): throw ServerError.unknownFormat(name: name, offered: offers.flatMap(\.formatNames))
        }
        let outputFormat = SDMXOffers.formats(api)[chosen]
        var headers: HTTPFields = [.vary: "Accept"]
        do {
            let q = try parse(request, api: api)
            let resolver = try repository.sdmxResolver()
            let result = resolver.resolve(q, header: resolver.catalog.header)
            switch result.status {
            case 200:
                guard let message = result.message else { throw ServerError.internalError("the query matched but gave no message") }
                let bytes: [UInt8]
                switch outputFormat {
                case .xml(let v): bytes = try SDMXMLWriter(version: v).bytes(message)
                case .json(let v): bytes = SDMXJSONWriter(version: v).bytes(message)
                }
                return Representation(bytes: bytes, mediaType: outputFormat.mediaType, headers: headers)
                    .response(to: request, cacheControl: cacheControl)
            case 204:
                headers[.cacheControl] = cacheControl
                return Response(status: .noContent, headers: headers)
            default:
                throw ServerError.noResults(result.reason ?? "no structure matches the query")
            }
        } catch let error as ServerError {
            return try SDMXErrorResponse.response(error, format: outputFormat, api: api, request: request)
        } catch let error as SDMXError {
            return try SDMXErrorResponse.response(.internalError(error.description), format: outputFormat, api: api,
                                                  request: request)
        }
    }

    /// The structure query of the request: its path after `/sdmx/v1` or `/sdmx/v2`, percent-decoded
    /// (pysdmx encodes `+`, `*` and `,`), and its query parameters (decoded by Hummingbird) but
    /// those of negotiation.
    func parse(_ request: Request, api: SDMXRESTVersion) throws(ServerError) -> StructureQuery {
        let raw = request.uri.path
        let prefix = api == .v1 ? "/sdmx/v1" : "/sdmx/v2"
        let rest = raw.hasPrefix(prefix) ? String(raw.dropFirst(prefix.count)) : raw
        guard let path = rest.removingPercentEncoding else { throw .badRequest("the path is not valid percent-encoding: \(raw)") }
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where !Self.negotiationParameters.contains(String(key)) {
            parameters[String(key)] = String(value)
        }
        do {
            return api == .v1 ? try StructureQueryParser.parseV1(path: path, parameters: parameters)
                              : try StructureQueryParser.parseV2(path: path, parameters: parameters)
        } catch {
            switch error.status {
            case 501: throw .unsupportedQuery(error.message)
            default: throw .badRequest(error.message)
            }
        }
    }
}
