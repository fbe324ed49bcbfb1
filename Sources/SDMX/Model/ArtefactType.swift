/// The maintainable artefact types this module handles, with their SDMX class and package
/// names (used in `<Ref class= package=>`, in URNs and in REST paths).
public enum ArtefactType: String, CaseIterable, Hashable, Sendable, Codable {
    case codelist, conceptScheme, categoryScheme, categorisation, dataStructure, dataflow
    /// A correspondence between codelists: SDMX 2.1 `StructureSet` (with `CodelistMap`s) and
    /// SDMX 3.0 `RepresentationMap` carry the same table; see `mapCounterpart`.
    case structureSet, representationMap

    /// The information-model class name (`Codelist`, `DataStructure`…).
    public var className: String {
        switch self {
        case .codelist: "Codelist"
        case .conceptScheme: "ConceptScheme"
        case .categoryScheme: "CategoryScheme"
        case .categorisation: "Categorisation"
        case .dataStructure: "DataStructure"
        case .dataflow: "Dataflow"
        case .structureSet: "StructureSet"
        case .representationMap: "RepresentationMap"
        }
    }

    /// The information-model package (`codelist`, `datastructure`…).
    public var package: String {
        switch self {
        case .codelist: "codelist"
        case .conceptScheme: "conceptscheme"
        case .categoryScheme, .categorisation: "categoryscheme"
        case .dataStructure, .dataflow: "datastructure"
        case .structureSet: "mapping"
        case .representationMap: "structuremapping"
        }
    }

    /// The SDMX REST 1.5 resource name (`codelist`, `datastructure`…).
    public var restV1Resource: String {
        switch self {
        case .codelist: "codelist"
        case .conceptScheme: "conceptscheme"
        case .categoryScheme: "categoryscheme"
        case .categorisation: "categorisation"
        case .dataStructure: "datastructure"
        case .dataflow: "dataflow"
        case .structureSet: "structureset"
        case .representationMap: "representationmap"
        }
    }

    /// The other version's type of the same correspondence (a query for either finds both, and
    /// each SDMX-ML version writes the one it knows).
    public var mapCounterpart: ArtefactType? {
        switch self {
        case .structureSet: .representationMap
        case .representationMap: .structureSet
        default: nil
        }
    }

    /// The SDMX REST 2 structure type (same spelling as 1.5 for these types).
    public var restV2Type: String { restV1Resource }

    /// The artefact type whose REST name is `name` (1.5 and 2 spellings).
    public init?(restName name: String) {
        guard let t = ArtefactType.allCases.first(where: { $0.restV1Resource == name }) else { return nil }
        self = t
    }

    /// The type whose class name is `className` (from `<Ref class=>` or a URN).
    public init?(className: String) {
        guard let t = ArtefactType.allCases.first(where: { $0.className == className }) else { return nil }
        self = t
    }
}
