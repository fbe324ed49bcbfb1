import Catalog
import RDF
import Testing

@Suite struct ShippedCatalogValidationTests {
    @Test func theShippedCatalogConformsToItsShapes() throws {
        let data = Fixtures.shipped
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
