import CLibXML2
import RDF

/// The element and attribute names of one document, each classified once per distinct pair of
/// libxml2 interned pointers (namespace, local name): the grammar never builds or compares a
/// name string per element, and a lookup returns a plain value (no reference counting).
struct RDFXMLNameCache {
    /// An element name: what it may be used as, and its IRI's index in `iris`.
    struct Element {
        enum Role: UInt8 { case rdfRDF, description, li, other }
        let role: Role
        let notANodeElement: Bool
        let notAPropertyElement: Bool
        let iri: Int32
    }

    /// An attribute name: an `xml:` attribute, an RDF syntax attribute, a property, or ignored.
    struct Attribute {
        enum Role: UInt8 { case xmlBase, xmlLang, ignored, ID, about, nodeID, resource, parseType, datatype, type, property }
        let role: Role
        /// True when this name cannot be a property attribute (RDFXMLNames.propertyAttributeError).
        let notAPropertyAttribute: Bool
        let iri: Int32
    }

    private var elements = InternedPairTable<Element>()
    private var attributes = InternedPairTable<Attribute>()
    /// The IRIs of the names seen, indexed by `Element.iri` and `Attribute.iri`.
    private(set) var iris: [String] = []

    @inline(__always) func iri(_ e: Element) -> String { iris[Int(e.iri)] }
    @inline(__always) func iri(_ a: Attribute) -> String { iris[Int(a.iri)] }

    func nodeElementError(_ e: Element) -> String? { RDFXMLNames.nodeElementError(iri(e)) }
    func propertyElementError(_ e: Element) -> String? { RDFXMLNames.propertyElementError(iri(e)) }
    func propertyAttributeError(_ a: Attribute) -> String? { RDFXMLNames.propertyAttributeError(iri(a)) }

    /// The element's name, or nil when it has no namespace.
    @inline(__always)
    mutating func element(_ e: XMLElementEvent, _ parser: XMLPushParser) -> Element? {
        guard let ns = e.namespace else { return nil }
        if let hit = elements.find(ns, e.localName) { return hit }
        let iri = (parser.string(interned: ns) ?? "") + (parser.string(interned: e.localName) ?? "")
        let role: Element.Role
        switch iri {
        case RDFXMLNames.RDF: role = .rdfRDF
        case RDFXMLNames.Description: role = .description
        case RDFVocabulary.li: role = .li
        default: role = .other
        }
        let name = Element(role: role, notANodeElement: RDFXMLNames.nodeElementError(iri) != nil,
                           notAPropertyElement: RDFXMLNames.propertyElementError(iri) != nil, iri: intern(iri))
        elements.insert(name, ns, e.localName)
        return name
    }

    @inline(__always)
    mutating func attribute(_ a: XMLElementEvent.Attribute, _ parser: XMLPushParser) -> Attribute {
        if let hit = attributes.find(a.namespace, a.localName) { return hit }
        let local = parser.string(interned: a.localName) ?? ""
        let name: Attribute
        if let ns = a.namespace {
            name = Self.classify((parser.string(interned: ns) ?? "") + local, ignored: false, &iris)
        } else if RDFXMLNames.legacyUnqualified.contains(local) {
            name = Self.classify(RDFXMLNames.ns + local, ignored: false, &iris)
        } else {
            name = Self.classify(local, ignored: true, &iris)  // other unqualified attributes are ignored
        }
        attributes.insert(name, a.namespace, a.localName)
        return name
    }

    private mutating func intern(_ iri: String) -> Int32 {
        iris.append(iri)
        return Int32(iris.count - 1)
    }

    private static func classify(_ iri: String, ignored: Bool, _ iris: inout [String]) -> Attribute {
        iris.append(iri)
        let index = Int32(iris.count - 1)
        let forbidden = RDFXMLNames.propertyAttributeError(iri) != nil
        if ignored { return Attribute(role: .ignored, notAPropertyAttribute: forbidden, iri: index) }
        let role: Attribute.Role
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
        return Attribute(role: role, notAPropertyAttribute: forbidden, iri: index)
    }
}
