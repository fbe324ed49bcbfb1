import SDMX

extension StoreRepository: SDMXRepository {
    public func sdmxResolver() throws -> StructureQueryResolver {
        try sdmxCache.resolver(for: state.served)
    }

    public func referenceMetadata() -> ReferenceMetadata {
        state.served.views.derived(ReferenceMetadata.self) { ReferenceMetadata($0) }
    }
}
