import SDMX

/// What the SDMX REST routes read: the catalog's SDMX artefacts, ready to be queried.
public protocol SDMXRepository: Sendable {
    /// The resolver over every artefact of the catalog in service (built once per catalog).
    func sdmxResolver() throws -> StructureQueryResolver
    /// The catalog's metadata structures and quality reports as SDMX reference metadata (built once per catalog).
    func referenceMetadata() -> ReferenceMetadata
}
