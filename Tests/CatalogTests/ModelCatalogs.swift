import Catalog
import Foundation

/// The catalogs of `TestMaterial/catalogs/`: the same facts written in each shipped model, each
/// loaded with its mapping and its base.
enum ModelCatalogs {
    struct Model: Sendable, CustomStringConvertible {
        let folder: String
        let mapping: String
        let base: String
        var description: String { folder }
    }

    static let lodestat = Model(folder: "lodestat", mapping: "lodestat.ttl", base: "http://localhost:8080/")
    static let rmes = Model(folder: "rmes", mapping: "rmes.ttl", base: "http://id.insee.fr/")
    static let dcatQB = Model(folder: "dcat-qb", mapping: "dcat-qb.ttl", base: "http://stats.example.org/")
    static let all = [lodestat, rmes, dcatQB]

    static var root: String { CatalogLocation.packageRoot() ?? FileManager.default.currentDirectoryPath }

    static func mappingPath(_ name: String) -> String { root + "/Ontologies/mappings/" + name }

    static func load(_ model: Model) throws -> CatalogDataset {
        let location = CatalogLocation(catalog: root + "/TestMaterial/catalogs/" + model.folder, ontologies: root + "/Ontologies")
        return try CatalogLoader(location: location, base: model.base, mapping: mappingPath(model.mapping)).load()
    }

    static func views(_ model: Model) throws -> CatalogViews { CatalogViews(try load(model)) }
}
