import CLibXML2
import RDF

/// The element and attribute names of one document, each classified once per distinct pair of
/// libxml2 interned pointers (namespace, local name): the grammar never builds or compares a
/// name string per element.
struct RDFXMLNameCache {
    /// An element name: its IRI and what it may be used as.
    final class Element {
        enum Role { case rdfRDF, description, li, other }
        let iri: String
        let role: Role
        let nodeError: String?
        let propertyError: String?

        init(iri: String) {
            self.iri = iri
            switch iri {
            case RDFXMLNames.RDF: role = .rdfRDF
            case RDFXMLNames.Description: role = .description
            case RDFVocabulary.li: role = .li
            default: role = .other
            }
            nodeError = RDFXMLNames.nodeElementError(iri)
            propertyError = RDFXMLNames.propertyElementError(iri)
        }
    }

    /// An attribute name: an `xml:` attribute, an RDF syntax attribute, a property, or ignored.
    final class Attribute {
        enum Role { case xmlBase, xmlLang, ignored, ID, about, nodeID, resource, parseType, datatype, type, property }
        let iri: String
        let role: Role
        /// Why this name cannot be a property attribute (RDFXMLNames.propertyAttributeError).
        let propertyError: String?

        init(iri: String, ignored: Bool = false) {
            self.iri = iri
            propertyError = RDFXMLNames.propertyAttributeError(iri)
            if ignored { role = .ignored; return }
            switch iri {
            case RDFXMLNames.xmlBase: role = .xmlBase
            case RDFXMLNames.xmlLang: role = .xmlLang
            case RDFXMLNames.ID: role = .ID
            case RDFXMLNames.about: role = .about
            case RDFXMLNames.nodeID: role = .nodeID
            case RDFXMLNames.resource: role = .resource
            case RDFXMLNames.parseType: role = .parseType
            case RDFXMLNames.datatype: role = .datatype
            case RDFVocabulary.type: role = .type
            default:
                role = iri.hasPrefix(RDFXMLNames.xmlNamespace) || iri.hasPrefix(RDFXMLNames.xmlnsNamespace) ? .ignored : .property
            }
        }
    }

    private var elements = InternedPairTable<Element>()
    private var attributes = InternedPairTable<Attribute>()

    /// The element's name, or nil when it has no namespace.
    @inline(__always)
    mutating func element(_ e: XMLElementEvent, _ parser: XMLPushParser) -> Element? {
        guard let ns = e.namespace else { return nil }
        if let hit = elements.find(ns, e.localName) { return hit }
        let name = Element(iri: (parser.string(interned: ns) ?? "") + (parser.string(interned: e.localName) ?? ""))
        elements.insert(name, ns, e.localName)
        return name
    }

    @inline(__always)
    mutating func attribute(_ a: XMLElementEvent.Attribute, _ parser: XMLPushParser) -> Attribute {
        if let hit = attributes.find(a.namespace, a.localName) { return hit }
        let local = parser.string(interned: a.localName) ?? ""
        let name: Attribute
        if let ns = a.namespace {
            name = Attribute(iri: (parser.string(interned: ns) ?? "") + local)
        } else if RDFXMLNames.legacyUnqualified.contains(local) {
            name = Attribute(iri: RDFXMLNames.ns + local)
        } else {
            name = Attribute(iri: local, ignored: true)  // other unqualified attributes are ignored
        }
        attributes.insert(name, a.namespace, a.localName)
        return name
    }
}
