import Hummingbird

extension ContentNegotiation {
    /// Negotiates from a request's `Accept` and `?format=`; throws the 406 problem when nothing fits.
    static func choose(request: Request, offers: [Offer]) throws -> Int {
        try choose(request: request, format: request.uri.queryParameters.get("format"), offers: offers)
    }

    /// `choose(request:offers:)` with `?format=` already read (a route that decoded its parameters
    /// need not have Hummingbird parse the query string again).
    static func choose(request: Request, format: String?, offers: [Offer]) throws -> Int {
        switch negotiate(accept: request.headers[.accept], format: format, offers: offers) {
        case .chosen(let i): return i
        case .notAcceptable: throw ServerError.notAcceptable(offered: offers.map(\.mediaType))
        case .unknownFormat(let name): throw ServerError.unknownFormat(name: name, offered: offers.flatMap(\.formatNames))
        }
    }
}

extension LanguageNegotiation {
    /// The label language from `?lang=` and `Accept-Language`.
    static func choose(request: Request) -> String {
        choose(acceptLanguage: request.headers[.acceptLanguage], lang: request.uri.queryParameters.get("lang"))
    }
}
