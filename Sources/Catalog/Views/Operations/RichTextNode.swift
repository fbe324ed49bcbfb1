import RDF
import Store

/// A reported value stored as RMéS stores rich text: a node typed `dcmitype:Text` (`RMES.Text`)
/// carrying its XHTML in `insee:html` and its language in `dcterms:language` — an IRI whose last
/// path segment is the language tag (`http://id.insee.fr/codes/langue/fr`), or a literal tag. A
/// node with no language takes the tag of its `insee:html` literal, if any.
public enum RichTextNode {
    /// Whether `value` is such a node.
    public static func isTextNode(_ value: TermID, _ c: ViewContext) -> Bool {
        guard !c.graph.term(value).isLiteral, let text = c.p(RMES.Text) else { return false }
        return c.objects(value, RDFVocabulary.type).contains(text)
    }

    /// The texts of the node `value` with their language (nil: none stated), in `insee:html` order.
    public static func texts(_ value: TermID, _ c: ViewContext) -> [(text: String, language: String?)] {
        let stated = c.objects(value, DCTERMS.language).lazy.compactMap { language(c.graph.term($0)) }.first
        return c.objects(value, RMES.html).compactMap { html in
            guard let l = c.graph.term(html).literalValue else { return nil }
            return (l.lexicalForm, stated ?? l.language)
        }
    }

    /// The language tag a `dcterms:language` value names: a literal's text, or an IRI's last path
    /// segment when it has the shape of a tag (`fr`, `en`, `fr-CA`); lower-cased. nil otherwise.
    public static func language(_ term: Term) -> String? {
        let raw: String
        if let l = term.literalValue {
            raw = l.lexicalForm
        } else if let iri = term.iriValue, let last = iri.split(separator: "/").last {
            raw = String(last.split(separator: "#").last ?? last)
        } else {
            return nil
        }
        let tag = raw.lowercased()
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0 >= "a" && $0 <= "z" }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return tag
    }
}
