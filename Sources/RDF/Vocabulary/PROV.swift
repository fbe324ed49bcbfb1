/// The `prov:` namespace (PROV-O).
public enum PROV {
    public static let namespace = "http://www.w3.org/ns/prov#"
    public static let Activity = namespace + "Activity"
    public static let Entity = namespace + "Entity"
    public static let Agent = namespace + "Agent"
    public static let wasGeneratedBy = namespace + "wasGeneratedBy"
    public static let wasAssociatedWith = namespace + "wasAssociatedWith"
    public static let wasDerivedFrom = namespace + "wasDerivedFrom"
    public static let used = namespace + "used"
    public static let startedAtTime = namespace + "startedAtTime"
    public static let endedAtTime = namespace + "endedAtTime"
    public static let generatedAtTime = namespace + "generatedAtTime"
}
