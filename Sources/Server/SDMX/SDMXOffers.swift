import SDMX

/// The representations of SDMX REST structure answers, per API version, in preference order:
/// the first offer is what `*/*` or no `Accept` gets.
///
/// - REST 1.5 (`/sdmx/v1`): SDMX-ML 2.1 first (the 2.1 guidelines' default; sdmx1 sends `*/*`),
///   `application/xml` and `text/xml` name it; `application/json` names SDMX-JSON 1.0.
/// - REST 2 (`/sdmx/v2`): SDMX-JSON 2.0.0 first (the default the SDMX 3 REST specification
///   gives structure queries); `application/json` names it, `application/xml` names SDMX-ML 3.0.
enum SDMXOffers {
    typealias Offer = ContentNegotiation.Offer

    static func offer(_ format: SDMXOutputFormat, aliases: [String]) -> Offer {
        var names: [String]
        var more = aliases
        switch format {
        case .xml(let v):
            names = ["structure-\(v.rawValue)", "sdmx-ml-\(v.rawValue)"]
            if v == .v3_0 {
                names += ["structure-3.0.0", "sdmx-ml-3.0.0"]
                more.append("application/vnd.sdmx.structure+xml;version=3.0")
            }
        case .json(let v):
            names = ["sdmx-json-\(v.rawValue)"]
            if v == .v1_0 { names.append("sdmx-json-1.0.0") }
        }
        return Offer(format.mediaType, aliases: more, formatNames: names)
    }

    /// The formats in preference order for `api`.
    static func formats(_ api: SDMXRESTVersion) -> [SDMXOutputFormat] {
        api == .v1 ? [.xml(.v2_1), .xml(.v3_0), .json(.v1_0), .json(.v2_0)]
                   : [.json(.v2_0), .json(.v1_0), .xml(.v3_0), .xml(.v2_1)]
    }

    static func offers(_ api: SDMXRESTVersion) -> [Offer] {
        let defaultXML: SDMXOutputFormat = api == .v1 ? .xml(.v2_1) : .xml(.v3_0)
        let defaultJSON: SDMXOutputFormat = api == .v1 ? .json(.v1_0) : .json(.v2_0)
        return formats(api).map { f in
            offer(f, aliases: f == defaultXML ? ["application/xml", "text/xml"] : f == defaultJSON ? ["application/json"] : [])
        }
    }

    /// `?format=` values that name a family of formats, whose version `formatVersion` picks.
    static let formatFamilies = ["structure", "xml", "sdmx-ml", "json", "sdmx-json"]

    /// The values of `formatVersion` (those of SDMX-ML and of SDMX-JSON).
    static func formatVersions(_ api: SDMXRESTVersion) -> [String] { ["2.1", "3.0", "3.0.0", "1.0", "1.0.0", "2.0", "2.0.0"] }

    /// The `?format=` value to negotiate with: the request's `format`, where the SDMX REST
    /// extension's `format=structure&formatVersion=V` (and `sdmx-json` with a version) becomes
    /// one of the offers' names; `format=structure` alone is the API's default SDMX-ML.
    static func formatName(format: String?, formatVersion: String?, api: SDMXRESTVersion) -> String? {
        guard let format = format?.lowercased(), !format.isEmpty else { return nil }
        switch format {
        case "structure", "xml", "sdmx-ml":
            return "structure-" + (formatVersion ?? (api == .v1 ? "2.1" : "3.0"))
        case "json", "sdmx-json":
            return "sdmx-json-" + (formatVersion ?? (api == .v1 ? "1.0" : "2.0.0"))
        default:
            return format
        }
    }
}
