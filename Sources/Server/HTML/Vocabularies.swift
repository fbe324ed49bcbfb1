import Catalog
import RDF

/// The names under which a resource page groups its properties: one per vocabulary, known ones by
/// their usual name, others by their prefix (or namespace).
enum Vocabularies {
    /// Namespace → (English, French) name.
    static let known: [(namespace: String, en: String, fr: String)] = [
        (DCTERMS.namespace, "Dublin Core", "Dublin Core"),
        (SKOS.namespace, "SKOS", "SKOS"),
        (SchemaOrg.namespace, "schema.org", "schema.org"),
        (QB.namespace, "Data Cube", "Data Cube"),
        (LDS.namespace, "Lodestat", "Lodestat"),
        (RDFS.namespace, "RDF Schema", "RDF Schema"),
        (DCAT.namespace, "DCAT", "DCAT"),
        (XKOS.namespace, "XKOS", "XKOS"),
        (PROV.namespace, "PROV", "PROV"),
        (OWL.namespace, "OWL", "OWL"),
        (ORG.namespace, "Organization", "Organisation"),
        (FOAF.namespace, "FOAF", "FOAF"),
    ]

    static func name(of predicate: String, prefixes: PrefixMap, base: String, language: String) -> String {
        if let v = known.first(where: { predicate.hasPrefix($0.namespace) }) { return language == "fr" ? v.fr : v.en }
        if predicate.hasPrefix(base + "id/component/") { return HTML.say(language, "Dimension values", "Valeurs des dimensions") }
        let short = prefixes.shorten(predicate)
        if !short.hasPrefix("<"), let colon = short.firstIndex(of: ":") { return String(short[..<colon]) }
        return HTML.say(language, "Other", "Autres")
    }
}
