import Catalog
import Foundation
import Hummingbird
import HummingbirdTesting
import Server

/// Applications over the catalogs of `TestMaterial/catalogs/`: the same facts in the project's
/// model, Insee's RMéS model and DCAT-AP / Data Cube, each served under its own base with its mapping.
enum ModelCatalogApps {
    struct Model: Sendable, CustomStringConvertible {
        let folder: String, mapping: String, base: String
        var description: String { folder }
    }

    static let lodestat = Model(folder: "lodestat", mapping: "lodestat.ttl", base: "http://localhost:8080/")
    static let rmes = Model(folder: "rmes", mapping: "rmes.ttl", base: "http://id.insee.fr/")
    static let dcatQB = Model(folder: "dcat-qb", mapping: "dcat-qb.ttl", base: "http://stats.example.org/")
    static let all = [lodestat, rmes, dcatQB]

    static var root: String { CatalogLocation.packageRoot() ?? FileManager.default.currentDirectoryPath }

    static func loader(_ model: Model, mapping: String? = nil) throws -> CatalogLoader {
        let location = CatalogLocation(catalog: root + "/TestMaterial/catalogs/" + model.folder, ontologies: root + "/Ontologies")
        return try CatalogLoader(location: location, base: model.base,
                                 mapping: mapping ?? root + "/Ontologies/mappings/" + model.mapping)
    }

    static func state(_ model: Model) throws -> CatalogState { CatalogState(dataset: try loader(model).load()) }

    static func application(_ model: Model, reloader: CatalogReloader? = nil, state: CatalogState? = nil,
                            configuration: ServerConfiguration? = nil) throws -> some ApplicationProtocol {
        var configuration = configuration ?? ServerConfiguration(baseIRI: model.base)
        configuration.jsonldContext = TestCatalog.contextJSON
        let state = try state ?? self.state(model)
        return Application(router: buildRouter(configuration: configuration, state: state, reloader: reloader))
    }
}
