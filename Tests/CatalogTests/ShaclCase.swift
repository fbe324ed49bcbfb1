import Catalog
import RDF
import RDFFormats
import Store
import Testing

/// One SHACL test: shapes, data that conforms, data that does not, and the result expected.
struct ShaclCase: CustomTestStringConvertible, Sendable {
    var name: String
    var shapes: String
    var good: String
    var bad: String
    /// Component short name (`MinCount`).
    var component: String
    /// Expected focus node (ex: local name).
    var focus: String
    /// A fragment the message must contain.
    var message: String
    var value: Term? = nil
    var severity: Severity = .violation

    var testDescription: String { name }

    /// Validates `data` against `shapes` (both Turtle, with the fixture prefixes).
    static func validate(shapes: String, data: String) throws -> ValidationReport {
        func graph(_ text: String) throws -> GraphView {
            var builder = StoreBuilder()
            try builder.load(ByteSource(string: Fixtures.prefixes + text), format: .turtle)
            return GraphView(builder.build())
        }
        return try ShaclValidator(shapesGraph: graph(shapes)).validate(graph(data))
    }
}
