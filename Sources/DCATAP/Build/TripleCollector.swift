import Catalog
import RDF

/// The triples of the DCAT-AP description, each once, in the order they were added.
struct TripleCollector {
    private(set) var quads: [Quad] = []
    private var seen = Set<Quad>()

    mutating func add(_ subject: String, _ predicate: String, _ object: Term) {
        let q = Quad(.iri(subject), .iri(predicate), object)
        if seen.insert(q).inserted { quads.append(q) }
    }

    mutating func add(_ subject: String, _ predicate: String, iri object: String) {
        add(subject, predicate, .iri(object))
    }

    mutating func type(_ subject: String, _ classes: String...) {
        for c in classes { add(subject, RDFVocabulary.type, iri: c) }
    }

    /// One literal per language of `text` (untagged values stay untagged).
    mutating func text(_ subject: String, _ predicate: String, _ text: LocalizedText) {
        for language in text.languages {
            guard let value = text[language] else { continue }
            add(subject, predicate, language.isEmpty ? .string(value) : .langString(value, language))
        }
    }

    mutating func bilingual(_ subject: String, _ predicate: String, _ value: (fr: String, en: String)) {
        add(subject, predicate, .langString(value.fr, "fr"))
        add(subject, predicate, .langString(value.en, "en"))
    }
}
