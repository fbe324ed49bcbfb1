import RDF
import Store

/// The shapes of a shapes graph, compiled to `Shape` values (terms decoded, so a shapes graph
/// from one snapshot can validate data from another).
public struct ShapesGraph: Sendable {
    /// Every shape by its node.
    public let shapes: [Term: Shape]
    /// The shapes that have targets, in a stable order.
    public let targeted: [Shape]

    public init(_ graph: GraphView) throws {
        let reader = ShapeReader(graph)
        var shapes: [Term: Shape] = [:]
        for node in reader.shapeNodes() {
            let shape = try reader.shape(node)
            shapes[shape.id] = shape
        }
        self.shapes = shapes
        targeted = shapes.values.filter { !$0.targets.isEmpty }.sorted { $0.id < $1.id }
    }
}
