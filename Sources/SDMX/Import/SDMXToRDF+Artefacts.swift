import Catalog
import RDF

extension RDFWriterState {
    mutating func scheme(_ s: String, names: InternationalString, descriptions: InternationalString) {
        add(s, RDFVocabulary.type, .iri(SKOS.ConceptScheme))
        texts(s, SKOS.prefLabel, names)
        texts(s, DCTERMS.description, descriptions)
    }

    /// A SKOS concept `{scheme}/{id}`; `notation` defaults to `id`.
    mutating func item(_ schemeIRI: String, id: String, notation: String? = nil, names: InternationalString,
                       descriptions: InternationalString, parentID: String?, type: String) -> String {
        let s = itemIRI(schemeIRI, id)
        add(s, RDFVocabulary.type, .iri(type))
        add(s, SKOS.inScheme, .iri(schemeIRI))
        add(s, SKOS.notation, .string(notation ?? id))
        texts(s, SKOS.prefLabel, names)
        texts(s, SKOS.definition, descriptions)
        if let p = parentID {
            add(s, SKOS.broader, .iri(itemIRI(schemeIRI, p)))
            add(itemIRI(schemeIRI, p), SKOS.narrower, .iri(s))
        } else {
            add(s, SKOS.topConceptOf, .iri(schemeIRI))
            add(schemeIRI, SKOS.hasTopConcept, .iri(s))
        }
        return s
    }

    mutating func codelist(_ c: Codelist) {
        let s = iri(c.reference)
        scheme(s, names: c.names, descriptions: c.descriptions)
        add(s, RDFVocabulary.type, .iri(SDMXRDFTerms.CodeList))
        maintainable(s, c.reference, c.identity)
        // the validity back as the days the catalog states (schema:startDate / endDate, xsd:date)
        for (p, value) in [(SchemaOrg.startDate, c.validFrom), (SchemaOrg.endDate, c.validTo)] {
            if let day = value.map({ String($0.prefix(10)) }), Day(day) != nil { add(s, p, .typed(day, XSD.date)) }
        }
        for code in c.codes {
            _ = item(s, id: code.id, names: code.names, descriptions: code.descriptions, parentID: code.parentID,
                     type: SKOS.Concept)
        }
    }

    mutating func conceptScheme(_ c: ConceptScheme) {
        let s = iri(c.reference)
        scheme(s, names: c.names, descriptions: c.descriptions)
        maintainable(s, c.reference, c.identity)
        for concept in c.concepts {
            let i = item(s, id: concept.id, names: concept.names, descriptions: concept.descriptions,
                         parentID: concept.parentID, type: SKOS.Concept)
            add(i, RDFVocabulary.type, .iri(SDMXRDFTerms.Concept))
            if case .enumeration(let list)? = concept.coreRepresentation { add(i, QB.codeList, .iri(iri(list))) }
        }
    }

    mutating func categoryScheme(_ c: CategoryScheme) {
        let s = iri(c.reference)
        scheme(s, names: c.names, descriptions: c.descriptions)
        maintainable(s, c.reference, c.identity)
        func visit(_ cat: Category, parentPath: String?, into w: inout RDFWriterState) {
            let path = parentPath.map { $0 + "." + cat.id } ?? cat.id
            // The notation is the category's own id; the IRI keeps the path unique.
            _ = w.item(s, id: path, notation: cat.id, names: cat.names, descriptions: cat.descriptions,
                       parentID: parentPath, type: SKOS.Concept)
            for child in cat.children { visit(child, parentPath: path, into: &w) }
        }
        for cat in c.categories { visit(cat, parentPath: nil, into: &self) }
    }

    mutating func dataflow(_ d: Dataflow) {
        let s = iri(d.reference)
        add(s, RDFVocabulary.type, .iri(LDS.Dataflow))
        add(s, RDFVocabulary.type, .iri(QB.DataSet))
        maintainable(s, d.reference, d.identity)
        texts(s, DCTERMS.title, d.names)
        texts(s, RDFS.label, d.names)
        texts(s, DCTERMS.description, d.descriptions)
        if let r = d.structure { add(s, QB.structure, .iri(iri(r))) }
    }

    mutating func categorisation(_ c: Categorisation) {
        guard c.source.type == .dataflow, message.categorySchemes.contains(where: { $0.reference == c.target.scheme }) else { return }
        let category = itemIRI(iri(c.target.scheme), c.target.itemID)
        let source = iri(c.source)
        guard themes.insert([source, category]).inserted else { return }  // one triple per (dataflow, category)
        add(source, DCAT.theme, .iri(category))
    }
}
