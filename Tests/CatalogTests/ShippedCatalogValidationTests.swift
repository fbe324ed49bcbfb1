import Catalog
import RDFFormats
import Store
import RDF
import Testing

@Suite struct ShippedCatalogValidationTests {
    @Test func theShippedCatalogConformsToItsShapes() throws {
        let data = try Fixtures.shipped()
        let validator = try ShaclValidator(shapesGraph: data.shapesGraph)
        let report = validator.validate(data.dataGraph)
        for r in report.results.prefix(20) {
            Issue.record("\(r.focusNode) \(r.resultPath?.description ?? "-") \(r.componentName) \(r.value?.description ?? "-"): \(r.message)")
        }
        #expect(report.conforms, "\(report.results.count) result(s)")
        #expect(report.focusNodeCount > 2_000)
        #expect(validator.shapes.targeted.count >= 25)
    }
}

@Suite struct ShippedShapesCatchBrokenDataTests {
    /// Validates extra Turtle against the shipped shapes (vocabulary included in the data graph).
    func validate(_ turtle: String) throws -> ValidationReport {
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: Fixtures.prefixes + turtle), format: .turtle)
        return try ShaclValidator(shapesGraph: Fixtures.shipped().shapesGraph).validate(GraphView(builder.build()))
    }

    @Test func aConceptWithoutItsFrenchLabelFails() throws {
        let report = try validate("""
            id:classification/X/A a skos:Concept ; skos:prefLabel "Only English"@en ; skos:notation "A" ;
                skos:inScheme id:classification/X ; skos:topConceptOf id:classification/X .
            id:classification/X a skos:ConceptScheme .
            """.replacingOccurrences(of: "id:classification/X/A", with: "<http://localhost:8080/id/classification/X/A>")
               .replacingOccurrences(of: "id:classification/X", with: "<http://localhost:8080/id/classification/X>"))
        let label = report.results.filter { $0.focusNode == .iri("http://localhost:8080/id/classification/X/A") && $0.componentName == "MinCount" }
        #expect(label.map(\.message) == ["skos:prefLabel must be given once in French (@fr) and once in English (@en)."])
        #expect(label.first?.resultPath == .predicate(SKOS.prefLabel))
        #expect(report.hasViolations)
    }

    @Test func aPersonWithAnEmailFails() throws {
        let report = try validate("""
            <http://localhost:8080/id/person/jane-doe> a <http://xmlns.com/foaf/0.1/Person> ;
                <http://xmlns.com/foaf/0.1/name> "Jane Doe" ; <http://purl.org/dc/terms/source> "test" ;
                <http://xmlns.com/foaf/0.1/mbox> <mailto:jane@example.org> .
            """)
        #expect(report.results.map(\.message) == ["No e-mail addresses for people."])
        #expect(report.results.first?.componentName == "MaxCount")
    }
}
