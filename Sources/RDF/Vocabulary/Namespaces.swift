/// Well-known namespaces and their usual prefixes, offered to serializers that abbreviate IRIs.
public enum Namespaces {
    public static let wellKnown: [(prefix: String, namespace: String)] = [
        ("rdf", RDFVocabulary.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace), ("owl", OWL.namespace),
        ("skos", "http://www.w3.org/2004/02/skos/core#"), ("xkos", "http://rdf-vocabulary.ddialliance.org/xkos#"),
        ("dcterms", "http://purl.org/dc/terms/"), ("dcat", "http://www.w3.org/ns/dcat#"),
        ("foaf", "http://xmlns.com/foaf/0.1/"), ("org", "http://www.w3.org/ns/org#"), ("schema", "http://schema.org/"),
        ("qb", "http://purl.org/linked-data/cube#"), ("prov", "http://www.w3.org/ns/prov#"),
        ("sh", "http://www.w3.org/ns/shacl#"), ("sdmx-mm", "http://www.w3.org/ns/sdmx-mm#"),
    ]

    /// `declared` plus the well-known prefixes whose namespace some IRI in `iris` uses and whose
    /// prefix name is free.
    public static func prefixes<S: Sequence>(declared: [(prefix: String, namespace: String)], usedBy iris: S)
        -> [(prefix: String, namespace: String)] where S.Element == String {
        var result = declared
        var taken = Set(declared.map(\.prefix)), bound = Set(declared.map(\.namespace))
        var candidates = wellKnown.filter { !taken.contains($0.prefix) && !bound.contains($0.namespace) }
        for iri in iris where !candidates.isEmpty {
            if let i = candidates.firstIndex(where: { iri.hasPrefix($0.namespace) }) {
                result.append(candidates[i])
                taken.insert(candidates[i].prefix); bound.insert(candidates[i].namespace)
                candidates.remove(at: i)
            }
        }
        return result
    }
}
