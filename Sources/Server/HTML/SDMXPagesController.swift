import Foundation
import Hummingbird
import SDMX

/// SDMX structures as pages: `/structures` (every codelist, concept scheme, data structure and
/// dataflow the SDMX mapping publishes) and `/structures/{type}/{agency}/{id}/{version}` (a
/// codelist or concept scheme as a table, a data structure with its dimensions, attributes and
/// measure linked to their concepts and codelists, a dataflow with its structure), each with its
/// SDMX-ML and SDMX-JSON links.
struct SDMXPagesController<Repository: SDMXRepository & LinkedDataRepository> {
    let repository: Repository
    let cacheControl: String

    static var types: [ArtefactType] { [.codelist, .conceptScheme, .dataStructure, .dataflow] }

    func addRoutes(to table: RouteTable<some RequestContext>) {
        table.add(RouteDoc("GET", "/structures", id: "structuresPage", tag: "html",
                           summary: "Every SDMX structure of the catalog, linked to its page and its SDMX-ML and SDMX-JSON",
                           parameters: [.lang], responses: [(200, "HTML page", ["text/html"])])) { request, _ in
            let catalog = try repository.sdmxResolver().catalog
            return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                SDMXPages(catalog: catalog, language: language).index
            }
        }
        table.add(RouteDoc("GET", "/structures/{type}/{agency}/{id}/{version}", id: "structurePage", tag: "html",
                           summary: "One SDMX structure as a page: codes, concepts, components",
                           parameters: [.init("type", in: .path, "The artefact type", .choice(Self.types.map(\.restV1Resource))),
                                        .init("agency", in: .path, "The maintenance agency"),
                                        .init("id", in: .path, "The artefact id"),
                                        .init("version", in: .path, "The version"), .lang],
                           responses: [(200, "HTML page", ["text/html"]),
                                       (404, "No such structure", [Problem.mediaType])])) { request, context in
            let catalog = try repository.sdmxResolver().catalog
            let path = { (name: String) -> String in
                let raw = context.parameters.get(name) ?? ""
                return raw.removingPercentEncoding ?? raw
            }
            guard let type = Self.types.first(where: { $0.restV1Resource == path("type") }) else {
                throw ServerError.notFound(path: request.uri.path)
            }
            let identity = (agency: path("agency"), id: path("id"), version: path("version"))
            let pages = SDMXPages(catalog: catalog, language: "en")
            guard pages.exists(type, identity) else {
                throw ServerError.noResults("no \(type.className) \(identity.agency):\(identity.id)(\(identity.version)); see /structures")
            }
            return HTMLAnswer.respond(request, cacheControl: cacheControl) { language in
                SDMXPages(catalog: catalog, language: language).page(type, identity) ?? ""
            }
        }
    }
}
