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
        // Bilingual unless the scheme is French-only (dct:language fr): the alternative is one sh:or.
        let label = report.results.filter { $0.focusNode == .iri("http://localhost:8080/id/classification/X/A") && $0.componentName == "Or" }
        #expect(label.map(\.message) == [Self.labelMessage])
        #expect(report.hasViolations)
    }

    static let labelMessage = "skos:prefLabel must be given once in French and once in English (or once in French for an item of a classification whose dct:language is French)."

    /// An item with the given labels in a scheme with or without `dct:language` French.
    func labelResults(_ labels: String, frenchScheme: Bool) throws -> [ValidationResult] {
        let scheme = "<http://localhost:8080/id/classification/Y>"
        let report = try validate("""
            <http://localhost:8080/id/classification/Y/A> a skos:Concept ; skos:prefLabel \(labels) ; skos:notation "A" ;
                skos:inScheme \(scheme) ; skos:topConceptOf \(scheme) .
            \(scheme) a skos:ConceptScheme \(frenchScheme ? "; <http://purl.org/dc/terms/language> <http://id.loc.gov/vocabulary/iso639-1/fr>" : "") .
            """)
        return report.results.filter { $0.focusNode == .iri("http://localhost:8080/id/classification/Y/A") }
    }

    @Test func aFrenchOnlyLabelPassesOnlyInAFrenchOnlyScheme() throws {
        #expect(try labelResults("\"Île-de-France\"@fr", frenchScheme: true).isEmpty)
        #expect(try labelResults("\"Île-de-France\"@fr", frenchScheme: false).map(\.message) == [Self.labelMessage])
        #expect(try labelResults("\"Corsica\"@en", frenchScheme: true).map(\.message) == [Self.labelMessage])
        #expect(try labelResults("\"Corse\"@fr , \"Corsica\"@en", frenchScheme: false).isEmpty)
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
