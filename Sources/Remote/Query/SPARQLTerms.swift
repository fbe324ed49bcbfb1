import RDF

/// The one place query text for an engine gets its RDF terms: every IRI, string and number that a
/// query sent by this module contains is written by these functions, never interpolated as is.
///
/// - An IRI is written `<…>` only when it is an absolute IRI that SPARQL's IRIREF production can
///   hold as it is (`IRI.validationError`: no `<>"{}|^`\` and no character up to U+0020); anything
///   else throws `RemoteError.unsafeIRI`, so no IRI can close its brackets and add patterns.
///   Backslashes are refused too, so no `\u` escape (which engines expand before parsing) is sent.
/// - A string is a STRING_LITERAL_QUOTE: `"` and `\` escaped, line breaks and other control
///   characters as ECHAR or `\u` escapes, so the text can never leave its quotes.
/// - A number is written from an `Int` (digits and a sign only).
public enum SPARQLTerms {
    /// Whether `iri` can be written as a SPARQL IRIREF (absolute, no forbidden character).
    public static func isIRIRef(_ iri: String) -> Bool {
        IRI.validationError(iri) == nil
    }

    /// `<iri>`, or `RemoteError.unsafeIRI` when IRIREF cannot hold it.
    public static func iri(_ iri: String) throws(RemoteError) -> String {
        guard isIRIRef(iri) else { throw RemoteError.unsafeIRI(iri) }
        return "<" + iri + ">"
    }

    /// The IRIs written one after the other, separated by spaces (the body of a `VALUES` block).
    public static func iris(_ iris: some Sequence<String>) throws(RemoteError) -> String {
        var out: [String] = []
        for value in iris { out.append(try iri(value)) }
        return out.joined(separator: " ")
    }

    /// A `VALUES ?variable { … }` block over `iris`; the variable's name is the template's own
    /// (a string in the source code, never data).
    public static func values(_ variable: StaticString, _ iris: some Sequence<String>) throws(RemoteError) -> String {
        "VALUES ?" + variable.description + " { " + (try self.iris(iris)) + " }"
    }

    /// `"text"` as a SPARQL STRING_LITERAL_QUOTE.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if s.value < 0x20 || s.value == 0x7F {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// `n` as a SPARQL INTEGER.
    public static func integer(_ n: Int) -> String {
        String(n)
    }
}
