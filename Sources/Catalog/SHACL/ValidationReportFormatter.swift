import Foundation
import RDF

/// Renders a validation report for people (text) or programs (JSON).
public struct ValidationReportFormatter: Sendable {
    public let prefixes: PrefixMap
    /// The shapes, to name blank property shapes by their parent and path.
    public let shapes: ShapesGraph?

    public init(prefixes: PrefixMap, shapes: ShapesGraph? = nil) {
        self.prefixes = prefixes
        self.shapes = shapes
    }

    /// A shape's name: its IRI, or for a blank property shape `Parent / path`.
    public func shapeName(_ shape: Term, depth: Int = 0) -> String {
        guard shape.isBlankNode, depth < 8, let s = shapes?.shapes[shape], let parent = s.parent else {
            return prefixes.display(shape)
        }
        return shapeName(parent, depth: depth + 1) + " / " + (s.path?.sparql(prefixes.shorten) ?? prefixes.display(shape))
    }

    public func text(_ report: ValidationReport) -> String {
        var out = ""
        for r in report.results {
            out += "\(r.severity): \(prefixes.display(r.focusNode))\n"
            if let path = r.resultPath { out += "  path:       \(path.sparql(prefixes.shorten))\n" }
            if let value = r.value { out += "  value:      \(prefixes.display(value))\n" }
            out += "  constraint: \(r.componentName) (shape \(shapeName(r.sourceShape)))\n"
            out += "  message:    \(r.message)\n\n"
        }
        out += summary(report) + "\n"
        return out
    }

    public func summary(_ report: ValidationReport) -> String {
        let v = report.results.filter { $0.severity == .violation }.count
        let w = report.results.filter { $0.severity == .warning }.count
        let other = report.results.count - v - w
        if report.conforms { return "Conforms: \(report.focusNodeCount) focus nodes checked, no results." }
        return "Does not conform: \(v) violation(s), \(w) warning(s), \(other) other result(s) over \(report.focusNodeCount) focus nodes."
    }

    private struct JSONReport: Encodable {
        var conforms: Bool
        var focusNodes: Int
        var violations: Int
        var results: [JSONResult]
    }

    private struct JSONResult: Encodable {
        var focusNode: String
        var resultPath: String?
        var value: String?
        var sourceConstraintComponent: String
        var resultSeverity: String
        var resultMessage: String
        var sourceShape: String
    }

    /// JSON with the SHACL result fields; terms in N-Triples form, the path in SPARQL syntax.
    public func json(_ report: ValidationReport) throws -> String {
        let body = JSONReport(
            conforms: report.conforms, focusNodes: report.focusNodeCount, violations: report.violations.count,
            results: report.results.map {
                JSONResult(focusNode: $0.focusNode.description, resultPath: $0.resultPath?.sparql(),
                           value: $0.value?.description, sourceConstraintComponent: $0.component,
                           resultSeverity: $0.severity.iri, resultMessage: $0.message, sourceShape: $0.sourceShape.description)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }
}
