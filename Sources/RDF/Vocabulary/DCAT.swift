/// The `dcat:` namespace (Data Catalog Vocabulary, as profiled by DCAT-AP).
public enum DCAT {
    public static let namespace = "http://www.w3.org/ns/dcat#"
    public static let Catalog = namespace + "Catalog"
    public static let Dataset = namespace + "Dataset"
    public static let Distribution = namespace + "Distribution"
    public static let DataService = namespace + "DataService"
    public static let dataset = namespace + "dataset"
    public static let distribution = namespace + "distribution"
    public static let accessURL = namespace + "accessURL"
    public static let downloadURL = namespace + "downloadURL"
    public static let mediaType = namespace + "mediaType"
    public static let theme = namespace + "theme"
    public static let themeTaxonomy = namespace + "themeTaxonomy"
    public static let keyword = namespace + "keyword"
    public static let landingPage = namespace + "landingPage"
    public static let contactPoint = namespace + "contactPoint"
    public static let service = namespace + "service"
}
