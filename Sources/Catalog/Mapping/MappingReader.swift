import Foundation
import RDF
import RDFFormats

/// Reads and checks a mapping file (Turtle, docs/mappings.md). Every statement must be about a
/// known kind (`map:series`, `map:concept`, …) and say `map:class`, `map:idPattern` or `map:{field}`
/// with a field the kind's view has; classes and properties must be IRIs; a class may make one kind
/// only. Each mistake is a `CatalogError.mapping` naming the file and line.
public struct MappingReader: Sendable {
    /// The fields each kind's view can be given, from the view types (`CatalogView.mappedFields`).
    public var fields: [ResourceKind: [String]]

    public init(fields: [ResourceKind: [String]] = CatalogViews.mappedFields) {
        self.fields = fields
    }

    /// Reads the mapping file at `path`.
    public func read(path: String) throws -> VocabularyMapping {
        let source: ByteSource
        do { source = try ByteSource(path: path) } catch {
            throw CatalogError.unreadable(file: path, reason: "cannot read the mapping file: \(error)")
        }
        var statements: [(Quad, Int)] = []
        do {
            try TurtleParser(base: "file://" + path).parse(source, lines: { statements.append(($0, $1)) })
        } catch let error as RDFSyntaxError {
            throw CatalogError.syntax(error.file == nil ? error.withFile(path) : error)
        }
        return try build(statements, path: path)
    }

    /// Builds the mapping from parsed statements (each with its line).
    func build(_ statements: [(Quad, Int)], path: String) throws -> VocabularyMapping {
        func fail(_ line: Int, _ message: String) -> CatalogError { .mapping(file: path, line: line, message: message) }
        var kinds: [ResourceKind: VocabularyMapping.KindMapping] = [:]
        var lines: [String: Int] = [:]
        var classOwner: [String: (ResourceKind, Int)] = [:]
        let documentation: Set<String> = [RDFS.comment, RDFS.label, RDFS.seeAlso]
        // Blank nodes (`[ map:path ( … ) ]` and the list cells) are read when a field names them.
        var blank: [Term: [(predicate: Term, object: Term, line: Int)]] = [:]
        for (quad, line) in statements where quad.subject.isBlankNode {
            blank[quad.subject, default: []].append((quad.predicate, quad.object, line))
        }
        func value(of node: Term, _ predicate: String) -> Term? {
            blank[node]?.first { $0.predicate == .iri(predicate) }?.object
        }
        /// The property path a field's object gives: an IRI, or `[ map:path ( IRI … ) ]`.
        func propertyPath(_ object: Term, line: Int, field: String, kind: ResourceKind) throws -> PropertyPath {
            if case .iri(let property) = object { return [property] }
            let wrong = "map:\(field) of map:\(kind.rawValue) must be a property IRI or [ map:path ( IRI … ) ], not \(object)"
            guard object.isBlankNode, var cell = value(of: object, MAP.path) else { throw fail(line, wrong) }
            var steps: PropertyPath = []
            while cell != .iri(RDFVocabulary.nil) {
                guard steps.count < 16, case .iri(let step)? = value(of: cell, RDFVocabulary.first),
                      let rest = value(of: cell, RDFVocabulary.rest) else { throw fail(line, wrong) }
                steps.append(step)
                cell = rest
            }
            guard !steps.isEmpty else { throw fail(line, "map:path of map:\(field) of map:\(kind.rawValue) is empty") }
            return steps
        }
        for (quad, line) in statements where !quad.subject.isBlankNode {
            guard case .iri(let subject) = quad.subject, subject.hasPrefix(MAP.namespace),
                  let kind = ResourceKind(rawValue: String(subject.dropFirst(MAP.namespace.count))) else {
                let known = ResourceKind.allCases.map { "map:" + $0.rawValue }.joined(separator: ", ")
                throw fail(line, "\(quad.subject) is not a resource kind (kinds: \(known))")
            }
            guard case .iri(let predicate) = quad.predicate else { continue }
            if documentation.contains(predicate) { continue }
            var entry = kinds[kind] ?? .init()
            switch predicate {
            case MAP.class:
                guard case .iri(let cls) = quad.object else {
                    throw fail(line, "map:class of map:\(kind.rawValue) must be a class IRI, not \(quad.object)")
                }
                if let (other, otherLine) = classOwner[cls], other != kind {
                    throw fail(line, "<\(cls)> is claimed by two kinds: map:\(other.rawValue) (line \(otherLine)) and map:\(kind.rawValue)")
                }
                classOwner[cls] = (kind, line)
                if !entry.classes.contains(cls) { entry.classes.append(cls) }
                lines[cls] = lines[cls] ?? line
            case MAP.idPattern:
                guard case .literal(let literal) = quad.object else {
                    throw fail(line, "map:idPattern of map:\(kind.rawValue) must be a string (a regular expression)")
                }
                guard let regex = try? NSRegularExpression(pattern: literal.lexicalForm), regex.numberOfCaptureGroups >= 1 else {
                    throw fail(line, "map:idPattern \"\(literal.lexicalForm)\" is not a regular expression with a capture group for the id")
                }
                entry.idPattern = literal.lexicalForm
            default:
                let known = fields[kind] ?? []
                guard predicate.hasPrefix(MAP.namespace), known.contains(String(predicate.dropFirst(MAP.namespace.count))) else {
                    throw fail(line, "\(quad.predicate) is not a field of map:\(kind.rawValue) (fields: map:class, map:idPattern, "
                        + known.map { "map:" + $0 }.joined(separator: ", ") + ")")
                }
                let field = String(predicate.dropFirst(MAP.namespace.count))
                let steps = try propertyPath(quad.object, line: line, field: field, kind: kind)
                if !entry.fields[field, default: []].contains(steps) { entry.fields[field, default: []].append(steps) }
                for step in steps { lines[step] = lines[step] ?? line }
            }
            kinds[kind] = entry
        }
        return VocabularyMapping(kinds: kinds, source: path, lines: lines)
    }
}
