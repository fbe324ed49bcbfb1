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

/// The state of one validation: id lookups, class closures and conformance memos.
final class ValidationRun {
    let shapes: ShapesGraph
    let data: GraphView
    private var ids: [String: TermID] = [:]
    private var extra: [Term] = []
    private var extraIDs: [Term: TermID] = [:]
    private var subclassClosure: [TermID: Set<TermID>] = [:]
    private var conformance: [ConformanceKey: Bool] = [:]
    private var inProgress = Set<ConformanceKey>()

    struct ConformanceKey: Hashable { let shape: Term; let node: TermID }

    init(shapes: ShapesGraph, data: GraphView) {
        self.shapes = shapes
        self.data = data
    }

    // MARK: terms

    /// The id of an IRI in the data, or nil when the data never mentions it.
    func id(_ iri: String) -> TermID? {
        if let known = ids[iri] { return known == 0 ? nil : known }
        let found = data.id(iri: iri)
        ids[iri] = found ?? 0
        return found
    }

    /// The data id of `term`, or a private id above the dictionary's for terms the data lacks
    /// (such nodes have no triples, yet can be focus nodes or compared values).
    func node(_ term: Term) -> TermID {
        if let id = data.id(term) { return id }
        if let id = extraIDs[term] { return id }
        extra.append(term)
        let id = TermID.max - TermID(extra.count - 1)
        extraIDs[term] = id
        return id
    }

    private func isExtra(_ id: TermID) -> Bool { id > TermID.max - TermID(extra.count) && !extra.isEmpty }

    func term(_ id: TermID) -> Term { isExtra(id) ? extra[Int(TermID.max - id)] : data.term(id) }

    func objects(_ s: TermID, _ p: TermID) -> [TermID] { isExtra(s) ? [] : data.objects(s, p) }
    func subjects(_ p: TermID, _ o: TermID) -> [TermID] { isExtra(o) ? [] : data.subjects(p, o) }

    // MARK: targets and classes

    func focusNodes(_ shape: Shape) -> [TermID] {
        var out: [TermID] = []
        var seen = Set<TermID>()
        func add(_ ids: [TermID]) { for i in ids where seen.insert(i).inserted { out.append(i) } }
        for target in shape.targets {
            switch target {
            case .node(let t): add([node(t)])
            case .class(let c): add(instances(of: c))
            case .subjectsOf(let p): if let pid = id(p) { add(data.subjects(withPredicate: pid)) }
            case .objectsOf(let p): if let pid = id(p) { add(data.objects(withPredicate: pid)) }
            }
        }
        return out
    }

    /// `c` and every class below it through `rdfs:subClassOf`.
    func subclasses(of c: TermID) -> Set<TermID> {
        if let known = subclassClosure[c] { return known }
        var result: Set<TermID> = [c]
        if let sub = id(RDFS.subClassOf) {
            var queue = [c]
            while let next = queue.popLast() {
                for s in data.subjects(sub, next) where result.insert(s).inserted { queue.append(s) }
            }
        }
        subclassClosure[c] = result
        return result
    }

    func instances(of cls: String) -> [TermID] {
        guard let c = id(cls), let type = id(RDFVocabulary.type) else { return [] }
        var out: [TermID] = []
        for s in subclasses(of: c).sorted() { out += data.subjects(type, s) }
        return out
    }

    /// SHACL instance: some `rdf:type` of `node` is `cls` or one of its subclasses.
    func isInstance(_ node: TermID, of cls: String) -> Bool {
        guard let c = id(cls), let type = id(RDFVocabulary.type) else { return false }
        let types = objects(node, type)
        if types.isEmpty { return false }
        let closure = subclasses(of: c)
        return types.contains { closure.contains($0) }
    }

    // MARK: shapes

    /// The results of validating `focus` against `shape` (none when deactivated).
    func validate(_ shape: Shape, focus: TermID) -> [ValidationResult] {
        if shape.deactivated { return [] }
        let values = shape.path.map { PathEvaluator(run: self).values($0, from: focus) } ?? [focus]
        var results: [ValidationResult] = []
        let checker = ConstraintChecker(run: self, shape: shape, focus: focus, values: values)
        for constraint in shape.constraints { results += checker.check(constraint) }
        return results
    }

    /// True when `node` conforms to the shape named `shapeTerm` (unknown shapes conform;
    /// a shape met again while checking itself on the same node is assumed to conform).
    func conforms(_ node: TermID, to shapeTerm: Term) -> Bool {
        guard let shape = shapes.shapes[shapeTerm] else { return true }
        let key = ConformanceKey(shape: shapeTerm, node: node)
        if let known = conformance[key] { return known }
        if inProgress.contains(key) { return true }
        inProgress.insert(key)
        let ok = validate(shape, focus: node).isEmpty
        inProgress.remove(key)
        conformance[key] = ok
        return ok
    }
}
