import SDMX

extension StoreRepository: SDMXRepository {
    public func sdmxResolver() throws -> StructureQueryResolver {
        try sdmxCache.resolver(for: state.served)
    }
}
