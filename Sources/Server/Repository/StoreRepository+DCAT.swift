import DCATAP
import RDF

extension StoreRepository: DCATRepository {
    public var generation: Int { state.served.generation }

    public func dcatDescription() throws -> [Quad] {
        let served = state.served
        return try DCATAPExporter.quads(from: served.dataset, views: served.views, options: DCATAPOptions(publicBase: publicBase))
    }
}
