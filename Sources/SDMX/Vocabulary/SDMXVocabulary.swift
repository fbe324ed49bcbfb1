// Vocabulary constants used by the SDMX mapping. Internal to this module on purpose: the
// `catalog` branch adds public SKOS/XKOS/QB constants in Sources/RDF/Vocabulary; once they land,
// these can be replaced by them.

enum SKOSTerms {
    static let namespace = "http://www.w3.org/2004/02/skos/core#"
    static let ConceptScheme = namespace + "ConceptScheme"
    static let Concept = namespace + "Concept"
    static let Collection = namespace + "Collection"
    static let inScheme = namespace + "inScheme"
    static let hasTopConcept = namespace + "hasTopConcept"
    static let topConceptOf = namespace + "topConceptOf"
    static let broader = namespace + "broader"
    static let narrower = namespace + "narrower"
    static let notation = namespace + "notation"
    static let prefLabel = namespace + "prefLabel"
    static let definition = namespace + "definition"
    static let scopeNote = namespace + "scopeNote"
}

enum XKOSTerms {
    static let namespace = "http://rdf-vocabulary.ddialliance.org/xkos#"
    static let ClassificationLevel = namespace + "ClassificationLevel"
}

enum QBTerms {
    static let namespace = "http://purl.org/linked-data/cube#"
    static let DataStructureDefinition = namespace + "DataStructureDefinition"
    static let DataSet = namespace + "DataSet"
    static let ComponentProperty = namespace + "ComponentProperty"
    static let DimensionProperty = namespace + "DimensionProperty"
    static let AttributeProperty = namespace + "AttributeProperty"
    static let MeasureProperty = namespace + "MeasureProperty"
    static let CodedProperty = namespace + "CodedProperty"
    static let ComponentSpecification = namespace + "ComponentSpecification"
    static let SliceKey = namespace + "SliceKey"
    static let Slice = namespace + "Slice"
    static let Observation = namespace + "Observation"
    static let component = namespace + "component"
    static let dimension = namespace + "dimension"
    static let attribute = namespace + "attribute"
    static let measure = namespace + "measure"
    static let order = namespace + "order"
    static let concept = namespace + "concept"
    static let codeList = namespace + "codeList"
    static let componentRequired = namespace + "componentRequired"
    static let componentAttachment = namespace + "componentAttachment"
    static let sliceKey = namespace + "sliceKey"
    static let componentProperty = namespace + "componentProperty"
    static let structure = namespace + "structure"
}

/// SDMX-RDF (`sdmx:`) and its 2009 component vocabularies.
enum SDMXRDFTerms {
    static let namespace = "http://purl.org/linked-data/sdmx#"
    static let DataStructureDefinition = namespace + "DataStructureDefinition"
    static let CodeList = namespace + "CodeList"
    static let ConceptScheme = namespace + "ConceptScheme"
    static let Concept = namespace + "Concept"
    static let Dataflow = namespace + "Dataflow"
    static let TimeRole = namespace + "TimeRole"
    static let PrimaryMeasureRole = namespace + "PrimaryMeasureRole"
    static let dimensionNamespace = "http://purl.org/linked-data/sdmx/2009/dimension#"
    static let timePeriod = dimensionNamespace + "timePeriod"
    static let refPeriod = dimensionNamespace + "refPeriod"
    static let attributeNamespace = "http://purl.org/linked-data/sdmx/2009/attribute#"
    static let measureNamespace = "http://purl.org/linked-data/sdmx/2009/measure#"
    static let conceptNamespace = "http://purl.org/linked-data/sdmx/2009/concept#"
}

enum DCTermsTerms {
    static let namespace = "http://purl.org/dc/terms/"
    static let title = namespace + "title"
    static let description = namespace + "description"
    static let identifier = namespace + "identifier"
    static let publisher = namespace + "publisher"
    static let source = namespace + "source"
}

enum DCATTerms {
    static let namespace = "http://www.w3.org/ns/dcat#"
    static let theme = namespace + "theme"
    static let Dataset = namespace + "Dataset"
}

/// The project vocabulary (`Ontologies/lodestat.ttl`).
enum LodestatTerms {
    static let namespace = "https://lodestat.example.org/def/"
    static let Dataflow = namespace + "Dataflow"
    static let sdmxUrn = namespace + "sdmxUrn"
}

enum ORGTerms {
    static let namespace = "http://www.w3.org/ns/org#"
    static let Organization = namespace + "Organization"
    static let FormalOrganization = namespace + "FormalOrganization"
}
