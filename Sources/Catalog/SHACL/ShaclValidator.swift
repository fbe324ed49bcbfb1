import RDF
import Store

/// A SHACL Core validator: validates a data graph against compiled shapes.
///
/// Usage: `try ShaclValidator(shapesGraph: dataset.shapesGraph).validate(dataset.dataGraph)`.
/// No inference is done except what SHACL itself prescribes (`rdfs:subClassOf` for class targets
/// and `sh:class`). Results are sorted by focus node, path and component.
public struct ShaclValidator: Sendable {
    public let shapes: ShapesGraph

    public init(shapes: ShapesGraph) { self.shapes = shapes }

    /// Compiles the shapes of `shapesGraph`; throws `CatalogError.invalidShape` for unusable shapes.
    public init(shapesGraph: GraphView) throws { shapes = try ShapesGraph(shapesGraph) }

    public func validate(_ data: GraphView) -> ValidationReport {
        let run = ValidationRun(shapes: shapes, data: data)
        var results: [ValidationResult] = []
        var focusCount = 0
        for shape in shapes.targeted where !shape.deactivated {
            for focus in run.focusNodes(shape) {
                focusCount += 1
                results += run.validate(shape, focus: focus)
            }
        }
        var seen = Set<ValidationResult>()
        results = results.filter { seen.insert($0).inserted }
        results.sort(by: Self.order)
        return ValidationReport(results: results, focusNodeCount: focusCount)
    }

    static func order(_ a: ValidationResult, _ b: ValidationResult) -> Bool {
        if a.focusNode != b.focusNode { return a.focusNode < b.focusNode }
        let pa = a.resultPath?.description ?? "", pb = b.resultPath?.description ?? ""
        if pa != pb { return pa < pb }
        if a.component != b.component { return a.component < b.component }
        if a.value != b.value { return (a.value?.description ?? "") < (b.value?.description ?? "") }
        return a.sourceShape < b.sourceShape
    }
}
