import RDF

/// The RDF/XML syntax names (RDF 1.1 XML Syntax, section 5.1) and the checks on them.
enum RDFXMLNames {
    static let ns = RDFVocabulary.namespace
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"
    static let xmlBase = xmlNamespace + "base"
    static let xmlLang = xmlNamespace + "lang"

    static let RDF = ns + "RDF"
    static let Description = ns + "Description"
    static let ID = ns + "ID"
    static let about = ns + "about"
    static let parseType = ns + "parseType"
    static let resource = ns + "resource"
    static let nodeID = ns + "nodeID"
    static let datatype = ns + "datatype"
    static let aboutEach = ns + "aboutEach"
    static let aboutEachPrefix = ns + "aboutEachPrefix"
    static let bagID = ns + "bagID"

    /// coreSyntaxTerms.
    static let coreSyntaxTerms: Set<String> = [RDF, ID, about, parseType, resource, nodeID, datatype]
    /// oldTerms.
    static let oldTerms: Set<String> = [aboutEach, aboutEachPrefix, bagID]
    /// Unqualified attribute names read as `rdf:` ones (section 6.1.4, kept for old documents).
    static let legacyUnqualified: Set<String> = ["ID", "about", "resource", "parseType", "type"]

    /// Why `iri` cannot name a node element, or nil.
    static func nodeElementError(_ iri: String) -> String? {
        if coreSyntaxTerms.contains(iri) || oldTerms.contains(iri) || iri == RDFVocabulary.li {
            return "\(short(iri)) cannot be used as a node element"
        }
        return nil
    }

    /// Why `iri` cannot name a property element, or nil.
    static func propertyElementError(_ iri: String) -> String? {
        if coreSyntaxTerms.contains(iri) || oldTerms.contains(iri) || iri == Description {
            return "\(short(iri)) cannot be used as a property element"
        }
        return nil
    }

    /// Why `iri` cannot name a property attribute, or nil.
    static func propertyAttributeError(_ iri: String) -> String? {
        if coreSyntaxTerms.contains(iri) || oldTerms.contains(iri) || iri == Description || iri == RDFVocabulary.li {
            return "\(short(iri)) cannot be used as a property attribute here"
        }
        return nil
    }

    static func short(_ iri: String) -> String {
        iri.hasPrefix(ns) ? "rdf:" + iri.dropFirst(ns.count) : "<" + iri + ">"
    }

    /// True when `s` is an XML NCName (rdf:ID and rdf:nodeID values).
    static func isNCName(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if first {
                guard isNameStart(c) else { return false }
                first = false
            } else if !(isNameStart(c) || isNameChar(c)) {
                return false
            }
        }
        return !first
    }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF: return true
        default: return false
        }
    }

    static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}
