import Catalog
import Foundation
import RDF
import RDFFormats
import Store
import Testing

/// Broken data checked by both this validator and pySHACL 0.x (tools/catalog-gen/check.py's
/// engine, `inference="none"`) against the shipped shapes: the counts per constraint component
/// below are pySHACL's, recorded when the test was written.
@Suite struct PySHACLAgreementTests {
    static let broken = #"""
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xkos: <http://rdf-vocabulary.ddialliance.org/xkos#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix schema: <http://schema.org/> .
@prefix lds: <https://lodestat.example.org/def/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix id: <http://localhost:8080/id/> .

<http://localhost:8080/id/event/Bad_Event> a schema:Event ;
    schema:name "Only one"@fr , "Second fr"@fr , "Deutsch"@de ;
    schema:startDate "2024-13-01"^^xsd:date , "2024"^^xsd:gYear ;
    schema:performer <http://localhost:8080/id/organisation/insee> ;
    lds:dateAsStated "x" .
<http://localhost:8080/id/internship/bad> a lds:InternshipTopic ;
    schema:employmentType "FULL_TIME" ;
    schema:title "T"@fr ;
    lds:duration "6 months" ;
    dct:source "x" .
<http://localhost:8080/id/classification/nace-r2/ZZ> a skos:Concept ;
    skos:prefLabel "zz"@fr , "zz"@en ; skos:notation "ZZ", "ZZ2" ;
    skos:inScheme <http://localhost:8080/id/classification/nace-r2> ;
    skos:broader <http://localhost:8080/id/organisation/insee> .
<http://localhost:8080/id/classification/nace-r2/level/9> a xkos:ClassificationLevel ;
    skos:prefLabel "n"@fr , "n"@en ; xkos:depth "0"^^xsd:positiveInteger ; skos:member <http://localhost:8080/id/classification/nace-r2/A> .
<http://localhost:8080/id/organisation/Bad> a org:OrganizationalUnit ;
    skos:prefLabel "b"@fr , "b"@en ; dct:source "x" ; schema:email "a@b" ;
    org:subOrganizationOf <http://localhost:8080/id/person/elise-coudin> .
<http://localhost:8080/id/person/x1> a foaf:Person ; foaf:name "A"@en , "B" ; dct:source "s" .
"""#

    static let pyshacl: [String: Int] = [
        "MaxCount": 4, "Datatype": 4, "MinCount": 3, "Pattern": 3, "Or": 3, "Class": 2,
        "LanguageIn": 1, "UniqueLang": 1, "In": 1,
    ]

    @Test func sameResultsAsPySHACLOnBrokenData() throws {
        let embedded = try CatalogLocation.embedded()
        let copy = try Fixtures.folder(["broken.ttl": Self.broken]) + "/shipped"
        try FileManager.default.copyItem(atPath: embedded.catalog, toPath: copy)
        let dataset = try CatalogLoader(location: CatalogLocation(catalog: (copy as NSString).deletingLastPathComponent,
                                                                  ontologies: embedded.ontologies)).load()
        let report = try ShaclValidator(shapesGraph: dataset.shapesGraph).validate(dataset.dataGraph)
        var counts: [String: Int] = [:]
        for r in report.results { counts[r.componentName, default: 0] += 1 }
        #expect(counts == Self.pyshacl)
    }
}
