import RDF
import Store

/// Reads shapes out of a graph (SHACL §2: shapes, targets, paths, constraint parameters).
struct ShapeReader {
    let g: GraphView

    init(_ g: GraphView) { self.g = g }

    private func id(_ iri: String) -> TermID? { g.id(iri: iri) }

    private func objects(_ s: TermID, _ p: String) -> [TermID] {
        guard let pid = id(p) else { return [] }
        return g.objects(s, pid)
    }

    private func subjects(_ p: String, _ o: TermID? = nil) -> [TermID] {
        guard let pid = id(p) else { return [] }
        if let o { return g.subjects(pid, o) }
        return g.subjects(withPredicate: pid)
    }

    /// Every node that is a shape: typed as one, declaring a target or a path, or referred to
    /// as a shape by another shape.
    func shapeNodes() -> [TermID] {
        var nodes = Set<TermID>()
        if let type = id(RDFVocabulary.type) {
            for cls in [SH.NodeShape, SH.PropertyShape] { if let c = id(cls) { nodes.formUnion(g.subjects(type, c)) } }
        }
        for p in [SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.path] {
            nodes.formUnion(subjects(p))
        }
        for p in [SH.node, SH.property, SH.not, SH.qualifiedValueShape] {
            if let pid = id(p) { nodes.formUnion(g.objects(withPredicate: pid)) }
        }
        for p in [SH.and, SH.or, SH.xone] {
            if let pid = id(p) { for list in g.objects(withPredicate: pid) { nodes.formUnion(g.list(list) ?? []) } }
        }
        return nodes.sorted()
    }

    func shape(_ node: TermID) throws -> Shape {
        let term = g.term(node)
        let name = term.description
        let pathNode = objects(node, SH.path).first
        let path = try pathNode.map { try self.path($0, shape: name) }
        return Shape(id: term, path: path, targets: targets(node, term), constraints: try constraints(node, name),
                     severity: Severity(iri: objects(node, SH.severity).first.flatMap { g.term($0).iriValue }),
                     messages: objects(node, SH.message).compactMap { g.term($0).literalValue },
                     deactivated: objects(node, SH.deactivated).contains { g.term($0) == .typed("true", XSD.boolean) },
                     parent: subjects(SH.property, node).first.map(g.term))
    }

    private func targets(_ node: TermID, _ term: Term) -> [ShapeTarget] {
        var out: [ShapeTarget] = []
        out += objects(node, SH.targetClass).compactMap { g.term($0).iriValue.map(ShapeTarget.class) }
        out += objects(node, SH.targetNode).map { .node(g.term($0)) }
        out += objects(node, SH.targetSubjectsOf).compactMap { g.term($0).iriValue.map(ShapeTarget.subjectsOf) }
        out += objects(node, SH.targetObjectsOf).compactMap { g.term($0).iriValue.map(ShapeTarget.objectsOf) }
        // Implicit class target: a shape that is also an rdfs:Class targets its instances.
        if let iri = term.iriValue, let type = id(RDFVocabulary.type), let cls = id(RDFS.Class),
           g.contains(node, type, cls), !out.contains(.class(iri)) {
            out.append(.class(iri))
        }
        return out
    }

    /// SHACL §2.3.1 property paths.
    func path(_ node: TermID, shape: String, depth: Int = 0) throws -> ShapePath {
        guard depth < 64 else { throw CatalogError.invalidShape(shape: shape, reason: "property path nested too deeply") }
        let term = g.term(node)
        if let iri = term.iriValue, iri != RDFVocabulary.nil { return .predicate(iri) }
        if let list = g.list(node), objects(node, RDFVocabulary.first).count == 1 {
            guard list.count >= 2 else {
                throw CatalogError.invalidShape(shape: shape, reason: "a sequence path needs at least two members")
            }
            return .sequence(try list.map { try path($0, shape: shape, depth: depth + 1) })
        }
        let unary: [(String, (ShapePath) -> ShapePath)] = [
            (SH.inversePath, ShapePath.inverse), (SH.zeroOrMorePath, ShapePath.zeroOrMore),
            (SH.oneOrMorePath, ShapePath.oneOrMore), (SH.zeroOrOnePath, ShapePath.zeroOrOne),
        ]
        for (predicate, make) in unary {
            if let inner = objects(node, predicate).first { return make(try path(inner, shape: shape, depth: depth + 1)) }
        }
        if let alt = objects(node, SH.alternativePath).first {
            guard let list = g.list(alt), list.count >= 2 else {
                throw CatalogError.invalidShape(shape: shape, reason: "sh:alternativePath needs a list of at least two paths")
            }
            return .alternative(try list.map { try path($0, shape: shape, depth: depth + 1) })
        }
        throw CatalogError.invalidShape(shape: shape, reason: "\(term) is not a property path")
    }

    private func literal(_ node: TermID) -> Literal? { g.term(node).literalValue }
    private func int(_ node: TermID) -> Int? { literal(node).flatMap { Int($0.lexicalForm) } }
    private func isTrue(_ node: TermID) -> Bool { literal(node)?.lexicalForm == "true" }

    private func integer(_ node: TermID, _ p: String, _ shape: String) throws -> [Int] {
        try objects(node, p).map {
            guard let v = int($0), v >= 0 else {
                throw CatalogError.invalidShape(shape: shape, reason: "\(p) must be a non-negative integer")
            }
            return v
        }
    }

    private func list(_ node: TermID, _ shape: String, _ p: String) throws -> [TermID] {
        guard let list = g.list(node) else { throw CatalogError.invalidShape(shape: shape, reason: "\(p) needs an RDF list") }
        return list
    }

    private func constraints(_ node: TermID, _ shape: String) throws -> [ShapeConstraint] {
        var out: [ShapeConstraint] = []
        out += objects(node, SH.class).compactMap { g.term($0).iriValue.map(ShapeConstraint.class) }
        out += objects(node, SH.datatype).compactMap { g.term($0).iriValue.map(ShapeConstraint.datatype) }
        out += objects(node, SH.nodeKind).compactMap { g.term($0).iriValue.map(ShapeConstraint.nodeKind) }
        out += try integer(node, SH.minCount, shape).map(ShapeConstraint.minCount)
        out += try integer(node, SH.maxCount, shape).map(ShapeConstraint.maxCount)
        out += try integer(node, SH.minLength, shape).map(ShapeConstraint.minLength)
        out += try integer(node, SH.maxLength, shape).map(ShapeConstraint.maxLength)
        out += objects(node, SH.minExclusive).compactMap { literal($0).map(ShapeConstraint.minExclusive) }
        out += objects(node, SH.minInclusive).compactMap { literal($0).map(ShapeConstraint.minInclusive) }
        out += objects(node, SH.maxExclusive).compactMap { literal($0).map(ShapeConstraint.maxExclusive) }
        out += objects(node, SH.maxInclusive).compactMap { literal($0).map(ShapeConstraint.maxInclusive) }
        let flags = objects(node, SH.flags).first.flatMap(literal)?.lexicalForm ?? ""
        for p in objects(node, SH.pattern) {
            guard let source = literal(p)?.lexicalForm else {
                throw CatalogError.invalidShape(shape: shape, reason: "sh:pattern must be a literal")
            }
            out.append(.pattern(try ShaclPattern(source, flags: flags, shape: shape)))
        }
        for l in objects(node, SH.languageIn) {
            out.append(.languageIn(try list(l, shape, SH.languageIn).compactMap { literal($0)?.lexicalForm }))
        }
        if objects(node, SH.uniqueLang).contains(where: isTrue) { out.append(.uniqueLang) }
        let pairs: [(String, (String) -> ShapeConstraint)] = [
            (SH.equals, ShapeConstraint.equals), (SH.disjoint, ShapeConstraint.disjoint),
            (SH.lessThan, ShapeConstraint.lessThan), (SH.lessThanOrEquals, ShapeConstraint.lessThanOrEquals),
        ]
        for (p, make) in pairs { out += objects(node, p).compactMap { g.term($0).iriValue.map(make) } }
        out += objects(node, SH.hasValue).map { .hasValue(g.term($0)) }
        for l in objects(node, SH.in) { out.append(.in(try list(l, shape, SH.in).map(g.term))) }
        out += objects(node, SH.node).map { .node(g.term($0)) }
        out += objects(node, SH.property).map { .property(g.term($0)) }
        out += objects(node, SH.not).map { .not(g.term($0)) }
        for l in objects(node, SH.and) { out.append(.and(try list(l, shape, SH.and).map(g.term))) }
        for l in objects(node, SH.or) { out.append(.or(try list(l, shape, SH.or).map(g.term))) }
        for l in objects(node, SH.xone) { out.append(.xone(try list(l, shape, SH.xone).map(g.term))) }
        out += try qualified(node, shape)
        if objects(node, SH.closed).contains(where: isTrue) { out.append(.closed(allowed: try closedAllowed(node, shape))) }
        return out
    }

    private func qualified(_ node: TermID, _ shape: String) throws -> [ShapeConstraint] {
        let min = try integer(node, SH.qualifiedMinCount, shape).first
        let max = try integer(node, SH.qualifiedMaxCount, shape).first
        let disjoint = objects(node, SH.qualifiedValueShapesDisjoint).contains(where: isTrue)
        var out: [ShapeConstraint] = []
        for q in objects(node, SH.qualifiedValueShape) {
            var siblings: [Term] = []
            if disjoint {
                // SHACL §4.7.3: the qualified value shapes of the other property shapes of the parents.
                for parent in subjects(SH.property, node) {
                    for other in objects(parent, SH.property) where other != node {
                        siblings += objects(other, SH.qualifiedValueShape).map(g.term)
                    }
                }
            }
            if let min { out.append(.qualified(shape: g.term(q), min: min, max: nil, siblings: siblings)) }
            if let max { out.append(.qualified(shape: g.term(q), min: nil, max: max, siblings: siblings)) }
        }
        return out
    }

    private func closedAllowed(_ node: TermID, _ shape: String) throws -> Set<String> {
        var allowed = Set<String>()
        for p in objects(node, SH.property) {
            if let pathNode = objects(p, SH.path).first, let iri = try path(pathNode, shape: shape).predicateIRI {
                allowed.insert(iri)
            }
        }
        for l in objects(node, SH.ignoredProperties) {
            allowed.formUnion(try list(l, shape, SH.ignoredProperties).compactMap { g.term($0).iriValue })
        }
        return allowed
    }
}
