import RDF

/// Qualified element names for predicates: each IRI split into a namespace and an NCName local
/// part, with the caller's prefixes where they match and generated ones (`ns1`…) otherwise.
struct RDFXMLPredicateNames {
    private(set) var declarations: [(prefix: String, namespace: String)] = [("rdf", RDFVocabulary.namespace)]
    private var qnames: [String: String] = [:]

    init(predicates: [Term], prefixes: [String: String]) throws {
        var prefixOf: [String: String] = [RDFVocabulary.namespace: "rdf"]
        var used: Set<String> = ["rdf", "xml", "xmlns"]
        for (p, ns) in prefixes.sorted(by: { $0.key < $1.key }) where prefixOf[ns] == nil && !used.contains(p)
            && RDFXMLNames.isNCName(p) {
            prefixOf[ns] = p
        }
        var generated = 0
        for predicate in predicates {
            guard case .iri(let iri) = predicate else {
                throw XMLTextWriter.failure("predicate \(predicate) is not an IRI")
            }
            if qnames[iri] != nil { continue }
            if iri == RDFVocabulary.li {
                throw XMLTextWriter.failure("rdf:li as a predicate cannot round-trip through RDF/XML")
            }
            if let message = RDFXMLNames.propertyElementError(iri) { throw XMLTextWriter.failure(message) }
            guard let (namespace, local) = Self.split(iri) else {
                throw XMLTextWriter.failure("predicate <\(iri)> cannot be split into a namespace and an XML local name")
            }
            if namespace == RDFXMLNames.xmlNamespace || namespace == RDFXMLNames.xmlnsNamespace {
                throw XMLTextWriter.failure("predicate <\(iri)> is in a reserved XML namespace")
            }
            let prefix: String
            if let known = prefixOf[namespace] {
                prefix = known
            } else {
                var candidate: String
                repeat { generated += 1; candidate = "ns\(generated)" } while used.contains(candidate)
                prefix = candidate
                prefixOf[namespace] = prefix
            }
            if used.insert(prefix).inserted { declarations.append((prefix, namespace)) }
            qnames[iri] = prefix + ":" + local
        }
    }

    func qname(_ predicate: Term) -> String { qnames[predicate.iriValue ?? ""] ?? "" }

    /// Splits at the start of the longest NCName suffix that begins with a name-start character.
    static func split(_ iri: String) -> (String, String)? {
        let scalars = Array(iri.unicodeScalars)
        var start = scalars.count
        while start > 0 {
            let c = scalars[start - 1]
            if RDFXMLNames.isNameStart(c) || RDFXMLNames.isNameChar(c) { start -= 1 } else { break }
        }
        while start < scalars.count && !RDFXMLNames.isNameStart(scalars[start]) { start += 1 }
        guard start < scalars.count, start > 0 else { return nil }
        var ns = String.UnicodeScalarView(), local = String.UnicodeScalarView()
        ns.append(contentsOf: scalars[..<start]); local.append(contentsOf: scalars[start...])
        return (String(ns), String(local))
    }
}
