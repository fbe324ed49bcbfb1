import RDF

/// What a key of a node or value object means under the streaming path's (fixed) active context.
enum StreamingKey {
    case id
    case type
    case value
    case language
    case list
    case graph
    /// The key expands to nothing usable: its value is ignored.
    case drop
    case property(StreamingProperty)
    /// A keyword or a term definition the streaming path leaves to the full algorithms.
    case unsupported
}

/// A property key whose term definition (if any) only coerces scalar values.
struct StreamingProperty {
    enum Coercion {
        /// Plain values; strings take `language` (nil: none; `languageValid` false: the value is dropped).
        case plain(language: String?, languageValid: Bool)
        /// Strings are node references (`@id` / `@vocab` type mapping).
        case id(vocab: Bool)
        /// Scalars typed with the IRI (not `usable`: the datatype is no valid IRI, values are dropped).
        case typed(String, usable: Bool)
    }

    /// The predicate, nil when the expanded IRI is not a valid absolute IRI (triples are dropped).
    var predicate: Term?
    var coercion: Coercion
    /// The term's container is `@list`: the value becomes a list.
    var list = false
    /// The term's container is `@language`: an object value is a language map.
    var languageMap = false
}

/// An expanded IRI (node identifier, type or coerced value) and how the RDF conversion sees it.
struct StreamingIRI {
    enum Kind {
        /// Expansion gave null or a keyword: left to the full algorithms.
        case unsupported
        /// A blank node identifier (relabelled by the blank node issuer at each use).
        case blank(String)
        /// An IRI: its term when valid (else triples naming it are dropped); `datatypeOK` says whether
        /// it is acceptable as a value object's `@type`.
        case iri(Term?, datatypeOK: Bool)
    }

    var kind: Kind
    var string: String
    /// The unexpanded value names a term with a scoped context (a type-scoped context).
    var scopedContext: Bool
}
