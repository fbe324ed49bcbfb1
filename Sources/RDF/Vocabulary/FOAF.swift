/// The `foaf:` namespace (Friend of a Friend).
public enum FOAF {
    public static let namespace = "http://xmlns.com/foaf/0.1/"
    public static let Person = namespace + "Person"
    public static let Organization = namespace + "Organization"
    public static let Project = namespace + "Project"
    public static let name = namespace + "name"
    public static let mbox = namespace + "mbox"
    public static let phone = namespace + "phone"
    public static let homepage = namespace + "homepage"
    public static let primaryTopic = namespace + "primaryTopic"
    public static let Agent = namespace + "Agent"
    public static let Document = namespace + "Document"
    public static let page = namespace + "page"
}
