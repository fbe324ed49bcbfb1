import ArgumentParser
import Catalog

/// Where the catalog comes from, shared by the commands that load it.
struct CatalogOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The catalog folder (default: $LODESTAT_CATALOG, else the repository's Catalog/).", valueName: "dir"))
    var catalog: String?

    @Option(help: ArgumentHelp("The ontologies folder with the vocabulary and shapes/ (default: $LODESTAT_ONTOLOGIES, else the repository's Ontologies/).", valueName: "dir"))
    var ontologies: String?

    @Option(help: ArgumentHelp("The vocabulary mapping file: which classes make each kind and which properties fill each field (default: Ontologies/mappings/lodestat.ttl, the project's own model; see docs/mappings.md).", valueName: "file"))
    var mapping: String?

    /// Loads the catalog, or prints the error and exits with `status`.
    func load(shapes: String? = nil, base: String = BaseRewriter.defaultBase, failure status: Int32) throws -> CatalogDataset {
        try failing(.exit(status)) {
            let location = try CatalogLocation.resolve(catalog: catalog, ontologies: ontologies, shapes: shapes)
            return try CatalogLoader(location: location, base: base, mapping: mapping).load()
        }
    }
}
