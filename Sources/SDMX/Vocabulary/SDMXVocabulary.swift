// SDMX-RDF terms used by the SDMX mapping that `Sources/RDF/Vocabulary` does not define
// (it has the 2009 concept/dimension/attribute/measure/code vocabularies, not the `sdmx:` core).
// SKOS, XKOS, QB, DCTERMS, DCAT and LDS come from the RDF module.

/// SDMX-RDF (`sdmx:`) classes, and the 2009 dimension namespace.
enum SDMXRDFTerms {
    static let namespace = "http://purl.org/linked-data/sdmx#"
    static let DataStructureDefinition = namespace + "DataStructureDefinition"
    static let CodeList = namespace + "CodeList"
    static let ConceptScheme = namespace + "ConceptScheme"
    static let Concept = namespace + "Concept"
    static let Dataflow = namespace + "Dataflow"
    static let dimensionNamespace = "http://purl.org/linked-data/sdmx/2009/dimension#"
    static let timePeriod = dimensionNamespace + "timePeriod"
    static let refPeriod = dimensionNamespace + "refPeriod"
}
