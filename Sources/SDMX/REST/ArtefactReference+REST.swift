extension ArtefactReference {
    /// The SDMX REST structure path that answers with exactly this artefact, relative to the
    /// API root: REST 1.5 `dataflow/INSEE/DF_CPI/1.0`, REST 2 `structure/dataflow/INSEE/DF_CPI/1.0`
    /// (what `StructureQueryParser` parses back to this reference).
    public func restPath(_ api: SDMXRESTVersion) -> String {
        let tail = "\(agencyID)/\(id)/\(version)"
        switch api {
        case .v1: return "\(type.restV1Resource)/\(tail)"
        case .v2: return "structure/\(type.restV2Type)/\(tail)"
        }
    }
}
