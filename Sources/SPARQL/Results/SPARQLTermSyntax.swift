import RDF

/// RDF terms in SPARQL/Turtle syntax, as the TSV results format and the terminal table use them.
public enum SPARQLTermSyntax {
    /// `<iri>`, `_:label`, `"text"`, `"text"@lang`, `"text"^^<datatype>`, or a bare number
    /// when an xsd:integer/decimal/double lexical form is a valid Turtle number.
    public static func format(_ term: Term) -> String {
        switch term {
        case .iri(let v): return "<" + NTriplesEscaping.escapeIRI(v) + ">"
        case .blankNode(let v): return "_:" + v
        case .literal(let l):
            if isTurtleNumber(l) { return l.lexicalForm }
            var out = "\"" + escape(l.lexicalForm) + "\""
            if let lang = l.language { out += "@" + lang }
            else if l.datatype != XSD.string { out += "^^<" + NTriplesEscaping.escapeIRI(l.datatype) + ">" }
            return out
        }
    }

    /// Escapes `"`, `\`, tab, LF and CR (so a term never spans TSV fields or lines).
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// True when the literal can be written as a Turtle INTEGER, DECIMAL or DOUBLE token of its own type.
    static func isTurtleNumber(_ l: Literal) -> Bool {
        let s = l.lexicalForm
        switch l.datatype {
        case XSD.integer: return XSDLexical.isInteger(s)
        case XSD.decimal: return XSDLexical.isDecimal(s) && s.contains(".") && !s.hasSuffix(".")
        case XSD.double:
            return XSDLexical.isFloatingPoint(s) && (s.contains("e") || s.contains("E"))
                && !s.hasSuffix("INF") && s != "NaN"
        default: return false
        }
    }
}
