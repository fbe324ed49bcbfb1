import Foundation

extension Literal {
    /// True unless the datatype is a known XSD type and the lexical form is not in its lexical space.
    public var isWellFormed: Bool { canonicalLexicalForm != nil || !XSDValidation.isKnown(datatype) }

    /// The canonical lexical form for a known XSD datatype; nil when ill-formed or the datatype is unknown.
    public var canonicalLexicalForm: String? {
        let lex = lexicalForm
        switch datatype {
        case XSD.string: return lex
        case XSD.boolean:
            guard XSDLexical.isBoolean(lex) else { return nil }
            return (lex == "true" || lex == "1") ? "true" : "false"
        case XSD.decimal, XSD.double, XSD.float: return XSDNumeric(literal: self)?.literal.lexicalForm
        case _ where XSDIntegerTypes.contains(datatype):
            return XSDNumeric(literal: self)?.literal.lexicalForm
        case XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration:
            return XSDDuration(literal: self)?.lexicalForm
        default:
            if let kind = XSDDateTime.Kind(datatype: datatype) {
                return XSDDateTime(lexical: lex, kind: kind)?.lexicalForm
            }
            return nil
        }
    }

    /// The literal with its canonical lexical form (itself when ill-formed or of an unknown datatype).
    /// The datatype is kept (an xsd:int stays an xsd:int).
    public func canonicalized() -> Literal {
        guard let c = canonicalLexicalForm, c != lexicalForm else { return self }
        var l = self
        l.lexicalForm = c
        return l
    }
}

/// Which datatypes the XSD layer knows how to check.
public enum XSDValidation {
    public static func isKnown(_ datatype: String) -> Bool {
        switch datatype {
        case XSD.string, XSD.boolean, XSD.decimal, XSD.double, XSD.float,
             XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration:
            return true
        default:
            return XSDIntegerTypes.contains(datatype) || XSDDateTime.Kind(datatype: datatype) != nil
        }
    }
}
