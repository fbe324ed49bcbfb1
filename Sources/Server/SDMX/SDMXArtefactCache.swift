import Catalog
import Foundation
import SDMX
import Synchronization

/// The SDMX artefacts of the catalog in service, mapped on first use and kept until a reload
/// puts another catalog generation in service. The message header is dated with the catalog's
/// load time, so the same catalog always gives the same bytes (and the same ETag).
public final class SDMXArtefactCache: Sendable {
    private let entry = Mutex<(generation: Int, resolver: StructureQueryResolver)?>(nil)

    public init() {}

    public func resolver(for served: ServedCatalog) throws -> StructureQueryResolver {
        if let cached = entry.withLock({ $0 }), cached.generation == served.generation { return cached.resolver }
        let header = MessageHeader(id: "LODESTAT", prepared: MessageHeader.timestamp(served.loadedAt))
        let message = try SDMXMapping.structureMessage(from: served.snapshot, header: header,
                                                       dataflowClasses: served.dataset.mapping.classes(.dataflow))
        let resolver = StructureQueryResolver(catalog: message)
        entry.withLock { current in
            if (current?.generation ?? 0) <= served.generation { current = (served.generation, resolver) }
        }
        return resolver
    }
}
