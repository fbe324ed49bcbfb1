import RDF
import Store

/// Checks the constraints of one shape on one focus node and its value nodes (SHACL §4).
struct ConstraintChecker {
    let run: ValidationRun
    let shape: Shape
    let focus: TermID
    let values: [TermID]

    func check(_ c: ShapeConstraint) -> [ValidationResult] {
        switch c {
        case .class(let cls):
            return each(c) { run.isInstance($0, of: cls) ? nil : "value is not an instance of \(Self.name(cls))" }
        case .datatype(let dt):
            return each(c) { hasDatatype($0, dt) ? nil : "value does not have datatype \(Self.name(dt))" }
        case .nodeKind(let kind):
            return each(c) { hasNodeKind($0, kind) ? nil : "value is not of node kind \(Self.name(kind))" }
        case .minCount(let n):
            return values.count < n ? [result(c, nil, "at least \(n) value(s) required, found \(values.count)")] : []
        case .maxCount(let n):
            return values.count > n ? [result(c, nil, "at most \(n) value(s) allowed, found \(values.count)")] : []
        case .minExclusive(let l): return range(c, l, ">") { $0 > 0 }
        case .minInclusive(let l): return range(c, l, ">=") { $0 >= 0 }
        case .maxExclusive(let l): return range(c, l, "<") { $0 < 0 }
        case .maxInclusive(let l): return range(c, l, "<=") { $0 <= 0 }
        case .minLength(let n):
            return each(c) { text($0).map { $0.unicodeScalars.count >= n } == true ? nil : "value is shorter than \(n) characters" }
        case .maxLength(let n):
            return each(c) { text($0).map { $0.unicodeScalars.count <= n } == true ? nil : "value is longer than \(n) characters" }
        case .pattern(let p):
            return each(c) { text($0).map(p.matches) == true ? nil : "value does not match the pattern \"\(p.source)\"" }
        case .languageIn(let ranges):
            return each(c) { v in
                guard let lang = run.term(v).literalValue?.language, ranges.contains(where: { Self.langMatches(lang, $0) }) else {
                    return "value's language is not one of \(ranges.joined(separator: ", "))"
                }
                return nil
            }
        case .uniqueLang:
            var byLanguage: [String: Int] = [:]
            for v in values { if let l = run.term(v).literalValue?.language { byLanguage[l, default: 0] += 1 } }
            return byLanguage.filter { $0.value > 1 }.keys.sorted().map { result(c, nil, "more than one value in language \"\($0)\"") }
        case .equals(let p): return pairs(c, p, "equal")
        case .disjoint(let p): return pairs(c, p, "disjoint")
        case .lessThan(let p): return pairs(c, p, "<")
        case .lessThanOrEquals(let p): return pairs(c, p, "<=")
        case .hasValue(let t):
            return values.contains(run.node(t)) ? [] : [result(c, nil, "the value \(t) is required")]
        case .in(let list):
            let allowed = Set(list.map(run.node))
            return each(c) { allowed.contains($0) ? nil : "value is not one of the allowed values" }
        case .node(let s):
            return each(c) { run.conforms($0, to: s) ? nil : "value does not conform to shape \(s)" }
        case .property(let s):
            guard let property = run.shapes.shapes[s] else { return [] }
            return values.flatMap { run.validate(property, focus: $0) }
        case .not(let s):
            return each(c) { run.conforms($0, to: s) ? "value conforms to shape \(s), which is forbidden" : nil }
        case .and(let list):
            return each(c) { v in list.allSatisfy { run.conforms(v, to: $0) } ? nil : "value does not conform to every shape of sh:and" }
        case .or(let list):
            return each(c) { v in list.contains { run.conforms(v, to: $0) } ? nil : "value conforms to none of the shapes of sh:or" }
        case .xone(let list):
            return each(c) { v in
                let n = list.filter { run.conforms(v, to: $0) }.count
                return n == 1 ? nil : "value conforms to \(n) shapes of sh:xone, not exactly one"
            }
        case .qualified(let q, let min, let max, let siblings):
            let n = values.filter { v in run.conforms(v, to: q) && !siblings.contains { run.conforms(v, to: $0) } }.count
            if let min, n < min { return [result(c, nil, "at least \(min) value(s) conforming to \(q) required, found \(n)")] }
            if let max, n > max { return [result(c, nil, "at most \(max) value(s) conforming to \(q) allowed, found \(n)")] }
            return []
        case .closed(let allowed):
            return closed(c, allowed)
        }
    }

    // MARK: results

    private func result(_ c: ShapeConstraint, _ value: TermID?, _ generated: String, path: ShapePath? = nil) -> ValidationResult {
        ValidationResult(focusNode: run.term(focus), resultPath: path ?? shape.path, value: value.map(run.term),
                         component: c.component, severity: shape.severity, message: message(generated),
                         sourceShape: shape.id)
    }

    /// The shape's `sh:message` (English, else untagged, else any), or the generated text.
    private func message(_ generated: String) -> String {
        let m = shape.messages
        return (m.first { $0.language == "en" } ?? m.first { $0.language == nil } ?? m.first)?.lexicalForm ?? generated
    }

    /// One result per value node for which `failure` returns a message.
    private func each(_ c: ShapeConstraint, _ failure: (TermID) -> String?) -> [ValidationResult] {
        values.compactMap { v in failure(v).map { result(c, v, $0) } }
    }

    // MARK: helpers

    private func hasDatatype(_ v: TermID, _ dt: String) -> Bool {
        guard let l = run.term(v).literalValue, l.datatype == dt else { return false }
        if dt == RDFVocabulary.langString { return l.language != nil }
        return XSDLexical.isValid(l.lexicalForm, dt)
    }

    private func hasNodeKind(_ v: TermID, _ kind: String) -> Bool {
        let t = run.term(v)
        switch kind {
        case SH.IRI: return t.isIRI
        case SH.BlankNode: return t.isBlankNode
        case SH.Literal: return t.isLiteral
        case SH.BlankNodeOrIRI: return !t.isLiteral
        case SH.BlankNodeOrLiteral: return !t.isIRI
        case SH.IRIOrLiteral: return !t.isBlankNode
        default: return false
        }
    }

    /// The string value for sh:pattern and the length constraints (nil for blank nodes, which fail them).
    private func text(_ v: TermID) -> String? {
        switch run.term(v) {
        case .iri(let s): return s
        case .literal(let l): return l.lexicalForm
        case .blankNode: return nil
        }
    }

    private func range(_ c: ShapeConstraint, _ bound: Literal, _ op: String, _ ok: (Int) -> Bool) -> [ValidationResult] {
        each(c) { v in
            guard let l = run.term(v).literalValue, let cmp = LiteralOrder.compare(l, bound), ok(cmp) else {
                return "value is not \(op) \(Term.literal(bound))"
            }
            return nil
        }
    }

    /// sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals against the values of `p` on the focus node.
    private func pairs(_ c: ShapeConstraint, _ p: String, _ relation: String) -> [ValidationResult] {
        let others = run.id(p).map { run.objects(focus, $0) } ?? []
        switch relation {
        case "equal":
            let mine = Set(values), theirs = Set(others)
            return values.filter { !theirs.contains($0) }.map { result(c, $0, "value is not a value of \(Self.name(p))") }
                + others.filter { !mine.contains($0) }.map { result(c, $0, "value of \(Self.name(p)) is missing here") }
        case "disjoint":
            let theirs = Set(others)
            return values.filter { theirs.contains($0) }.map { result(c, $0, "value is also a value of \(Self.name(p))") }
        default:
            return values.flatMap { v in
                others.compactMap { w -> ValidationResult? in
                    guard let a = run.term(v).literalValue, let b = run.term(w).literalValue,
                          let cmp = LiteralOrder.compare(a, b), relation == "<" ? cmp < 0 : cmp <= 0 else {
                        return result(c, v, "value is not \(relation) \(run.term(w))")
                    }
                    return nil
                }
            }
        }
    }

    private func closed(_ c: ShapeConstraint, _ allowed: Set<String>) -> [ValidationResult] {
        var out: [ValidationResult] = []
        for v in values where !run.term(v).isLiteral {
            run.data.match(v, nil, nil) { _, p, o in
                guard let iri = run.term(p).iriValue, !allowed.contains(iri) else { return }
                out.append(result(c, o, "property \(Self.name(iri)) is not allowed (closed shape)", path: .predicate(iri)))
            }
        }
        return out
    }

    /// SPARQL `langMatches` (RFC 4647 basic filtering).
    static func langMatches(_ tag: String, _ range: String) -> Bool {
        let t = tag.lowercased(), r = range.lowercased()
        if r == "*" { return !t.isEmpty }
        return t == r || t.hasPrefix(r + "-")
    }

    /// An IRI shortened with the well-known prefixes, for generated messages.
    static func name(_ iri: String) -> String {
        for (prefix, ns) in Namespaces.wellKnown where iri.hasPrefix(ns) { return prefix + ":" + iri.dropFirst(ns.count) }
        return "<\(iri)>"
    }
}
