import Catalog
import RDF

extension RDFWriterState {
    /// A codelist map as an `xkos:Correspondence` from the source codelist to the target one
    /// (`lds:sourceClassification` / `lds:targetClassification`, `xkos:compares` both), one
    /// `xkos:ConceptAssociation` per code pair `{correspondence}/{source}_{target}`. The kind of
    /// each association (`lds:associationKind`: 1:1, 1:n, n:1, n:m) is computed from the pairs:
    /// how many targets its source code has and how many sources its target code has.
    mutating func correspondence(_ m: RepresentationMap) {
        let s = iri(m.reference)
        add(s, RDFVocabulary.type, .iri(XKOS.Correspondence))
        texts(s, SKOS.prefLabel, m.names)
        texts(s, DCTERMS.description, m.descriptions)
        maintainable(s, m.reference, m.identity)
        for (p, value) in [(SchemaOrg.startDate, m.validFrom), (SchemaOrg.endDate, m.validTo)] {
            if let day = value.map({ String($0.prefix(10)) }), Day(day) != nil { add(s, p, .typed(day, XSD.date)) }
        }
        let source = iri(m.source), target = iri(m.target)
        add(s, XKOS.compares, .iri(source))
        add(s, XKOS.compares, .iri(target))
        add(s, LDS.sourceClassification, .iri(source))
        add(s, LDS.targetClassification, .iri(target))
        var targetsOf: [String: Int] = [:], sourcesOf: [String: Int] = [:]
        let pairs = Set(m.pairs).sorted()
        for p in pairs {
            targetsOf[p.source, default: 0] += 1
            sourcesOf[p.target, default: 0] += 1
        }
        for p in pairs {
            let a = s + "/" + SDMXID.sanitize(p.source) + "_" + SDMXID.sanitize(p.target)
            add(s, XKOS.madeOf, .iri(a))
            add(a, RDFVocabulary.type, .iri(XKOS.ConceptAssociation))
            add(a, XKOS.sourceConcept, .iri(itemIRI(source, p.source)))
            add(a, XKOS.targetConcept, .iri(itemIRI(target, p.target)))
            let split = (targetsOf[p.source] ?? 0) > 1, merged = (sourcesOf[p.target] ?? 0) > 1
            add(a, LDS.associationKind, .string(split ? (merged ? "n:m" : "1:n") : (merged ? "n:1" : "1:1")))
        }
    }
}
