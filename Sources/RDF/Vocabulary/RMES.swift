/// The terms Insee's RMéS uses for rich text in quality reports (see InseeFr/Metadata-API,
/// `request/operations/getDocumentationRubricsByIdSimsQuery.ftlh`): a reported rich-text value is
/// a node typed `dcmitype:Text` with its language (`dcterms:language`, an IRI such as
/// `http://id.insee.fr/codes/langue/fr`) and its XHTML in `insee:html`.
public enum RMES {
    /// Insee's base ontology (`insee:`).
    public static let namespace = "http://rdf.insee.fr/def/base#"
    /// The XHTML of a rich-text node.
    public static let html = namespace + "html"
    /// The documents attached to a rich-text node (an RDF list).
    public static let additionalMaterial = namespace + "additionalMaterial"
    /// The DCMI type of a rich-text node.
    public static let Text = "http://purl.org/dc/dcmitype/Text"
}
