/// JSON-LD keywords and the small lexical tests the algorithms share.
enum Keywords {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@first",
        "@graph", "@id", "@import", "@included", "@index", "@json", "@language", "@list", "@nest",
        "@none", "@null", "@omitDefault", "@prefix", "@preserve", "@propagate", "@protected", "@requireAll",
        "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ]

    static func isKeyword(_ s: String) -> Bool { all.contains(s) }

    /// True for strings of the form "@" followed by one or more ALPHA characters.
    static func hasKeywordForm(_ s: String) -> Bool {
        let u = s.unicodeScalars
        guard u.count > 1, u.first == "@" else { return false }
        return u.dropFirst().allSatisfy { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) }
    }

    /// True for an absolute IRI (has a scheme).
    static func isAbsoluteIRI(_ s: String) -> Bool { IRI.isAbsolute(s) }

    static func isBlankNodeID(_ s: String) -> Bool { s.hasPrefix("_:") }

    /// The generic delimiters that make a simple term usable as a prefix.
    static func endsWithGenDelim(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return ":/?#[]@".contains(last)
    }
}

import RDF
