/// The SDMX metadata-model terms Insee's RMéS uses for reference metadata (`sdmx-mm:`): metadata
/// structure definitions, their attribute properties, and metadata reports with their target.
public enum SDMXMM {
    public static let namespace = "http://www.w3.org/ns/sdmx-mm#"
    // Classes
    public static let MetadataReport = namespace + "MetadataReport"
    public static let MetadataStructureDefinition = namespace + "MetadataStructureDefinition"
    public static let MetadataAttributeProperty = namespace + "MetadataAttributeProperty"
    // Properties
    public static let target = namespace + "target"
    public static let metadataReport = namespace + "metadataReport"
    public static let metadataStructureDefinition = namespace + "metadataStructureDefinition"
    public static let metadataAttributeProperty = namespace + "metadataAttributeProperty"
    public static let concept = namespace + "concept"
    public static let parent = namespace + "parent"
    public static let isPresentational = namespace + "isPresentational"
}
