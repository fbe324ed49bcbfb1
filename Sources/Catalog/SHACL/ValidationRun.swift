import RDF
import Store

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
