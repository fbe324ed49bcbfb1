import Foundation
import Store

/// The repository every controller reads through: the catalog state in service.
/// Controllers are generic over the protocols it implements, so tests can substitute them.
public struct StoreRepository: Sendable {
    public let state: CatalogState
    public let jsonldContext: JSONLDContextDocument?
    /// The catalog's SDMX artefacts, mapped once per catalog generation.
    let sdmxCache = SDMXArtefactCache()
    /// Where the server answers when not at the IRIs' base (`ServerConfiguration.publicBase`).
    public let publicBase: String?

    public init(state: CatalogState, jsonldContext: JSONLDContextDocument? = nil, publicBase: String? = nil) {
        self.state = state
        self.jsonldContext = jsonldContext
        self.publicBase = publicBase
    }
}

extension StoreRepository: HealthRepository {
    public func health() -> (triples: Int, quads: Int, terms: Int, generation: Int, loadedAt: String) {
        let served = state.served
        let s = served.snapshot
        return (s.defaultGraphCount, s.namedQuadCount, s.dictionary.count, served.generation, served.loadedAtText)
    }
}
