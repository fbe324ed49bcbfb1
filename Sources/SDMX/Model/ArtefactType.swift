/// The maintainable artefact types this module handles, with their SDMX class and package
/// names (used in `<Ref class= package=>`, in URNs and in REST paths).
public enum ArtefactType: String, CaseIterable, Hashable, Sendable, Codable {
    case codelist, conceptScheme, categoryScheme, categorisation, dataStructure, dataflow

    /// The information-model class name (`Codelist`, `DataStructure`…).
    public var className: String {
        switch self {
        case .codelist: "Codelist"
        case .conceptScheme: "ConceptScheme"
        case .categoryScheme: "CategoryScheme"
        case .categorisation: "Categorisation"
        case .dataStructure: "DataStructure"
        case .dataflow: "Dataflow"
        }
    }

    /// The information-model package (`codelist`, `datastructure`…).
    public var package: String {
        switch self {
        case .codelist: "codelist"
        case .conceptScheme: "conceptscheme"
        case .categoryScheme, .categorisation: "categoryscheme"
        case .dataStructure, .dataflow: "datastructure"
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
