/// Classifications through time: items by code, their hierarchy, the versions of a series and their
/// validity, and what an item becomes (or came from) through the correspondence tables. Built once
/// per catalog (`ClassificationHistory.of(views)`), read-only afterwards.
public final class ClassificationHistory: Sendable {
    public let views: CatalogViews
    /// Every correspondence table, in id order.
    public let correspondences: [CorrespondenceView]
    private let correspondencePositions: [String: Int]
    /// Per classification id: item code → position in `items`, notation → positions.
    private let codeIndex: [String: [String: Int]]
    private let notationIndex: [String: [String: [Int]]]

    init(_ views: CatalogViews) {
        self.views = views
        correspondences = CorrespondenceView.all(views.context)
        var positions: [String: Int] = [:]
        for (i, c) in correspondences.enumerated() where positions[c.id] == nil { positions[c.id] = i }
        correspondencePositions = positions
        var codes: [String: [String: Int]] = [:], notations: [String: [String: [Int]]] = [:]
        for scheme in views.all(ClassificationView.self) {
            var byCode: [String: Int] = [:], byNotation: [String: [Int]] = [:]
            for (i, item) in scheme.items.enumerated() {
                if byCode[item.code] == nil { byCode[item.code] = i }
                if let n = item.notation { byNotation[n, default: []].append(i) }
            }
            codes[scheme.id] = byCode
            notations[scheme.id] = byNotation
        }
        codeIndex = codes
        notationIndex = notations
    }

    /// The history of this catalog (built on first use, then kept with the views).
    public static func of(_ views: CatalogViews) -> ClassificationHistory {
        views.derived(ClassificationHistory.self) { ClassificationHistory($0) }
    }

    // MARK: classifications and items

    public func classification(_ id: String) throws -> ClassificationView {
        guard let view = views.get(ClassificationView.self, id: id) else {
            throw ClassificationHistoryError.unknownClassification(id, known: views.all(ClassificationView.self).map(\.id))
        }
        return view
    }

    /// The item whose code (or, failing that, whose only notation) is `code`.
    public func item(_ code: String, in scheme: ClassificationView) throws -> ClassificationItem {
        if let i = codeIndex[scheme.id]?[code] { return scheme.items[i] }
        let byNotation = notationIndex[scheme.id]?[code] ?? []
        if byNotation.count == 1 { return scheme.items[byNotation[0]] }
        if byNotation.count > 1 {
            throw ClassificationHistoryError.ambiguousCode(code: code, classification: scheme.id,
                                                           candidates: byNotation.map { scheme.items[$0].code }.sorted())
        }
        let elsewhere = views.all(ClassificationView.self).filter { other in
            other.id != scheme.id && (codeIndex[other.id]?[code] != nil || notationIndex[other.id]?[code] != nil)
        }.map(\.id)
        throw ClassificationHistoryError.unknownItem(code: code, classification: scheme.id, elsewhere: elsewhere)
    }

    func lookup(_ code: String, in scheme: ClassificationView) -> ClassificationItem? {
        codeIndex[scheme.id]?[code].map { scheme.items[$0] }
    }

    /// The broader items of `item`, from the top level down to its parent.
    public func ancestors(of item: ClassificationItem, in scheme: ClassificationView) -> [ClassificationItem] {
        var out: [ClassificationItem] = []
        var seen: Set<String> = [item.code]
        var current = item
        while let parent = current.broader.first, !seen.contains(parent), let next = lookup(parent, in: scheme) {
            seen.insert(parent)
            out.append(next)
            current = next
        }
        return out.reversed()
    }

    /// The narrower items of `item`, in code order.
    public func children(of item: ClassificationItem, in scheme: ClassificationView) -> [ClassificationItem] {
        item.narrower.compactMap { lookup($0, in: scheme) }
    }

    /// The items under `item` down to `depth` levels below it (nil: all), depth-first in code order.
    public func descendants(of item: ClassificationItem, in scheme: ClassificationView, depth: Int?) -> [ClassificationItem] {
        var out: [ClassificationItem] = []
        var seen: Set<String> = [item.code]
        func walk(_ node: ClassificationItem, _ level: Int) {
            if let depth, level >= depth { return }
            for child in children(of: node, in: scheme) where seen.insert(child.code).inserted {
                out.append(child)
                walk(child, level + 1)
            }
        }
        walk(item, 0)
        return out
    }

    /// The top items of a classification, in code order (items with no broader item when no top concept is stated).
    public func roots(of scheme: ClassificationView) -> [ClassificationItem] {
        let tops = scheme.topItems.compactMap { lookup($0, in: scheme) }
        return tops.isEmpty ? scheme.items.filter { $0.broader.isEmpty } : tops
    }

    /// A nested tree of `items` and their narrower items down to `depth` levels (1: the items alone).
    public func tree(_ items: [ClassificationItem], in scheme: ClassificationView, depth: Int,
                     language: String?) -> [TreeNode] {
        items.map { item in
            let kids = children(of: item, in: scheme)
            return TreeNode(code: item.code, notation: item.notation, label: item.labels.pick(language), depth: item.depth,
                            childCount: kids.count,
                            children: depth > 1 && !kids.isEmpty ? tree(kids, in: scheme, depth: depth - 1, language: language) : nil)
        }
    }

    // MARK: versions

    /// The versions of the series `scheme` belongs to (itself alone when it belongs to none), by start date.
    public func versions(like scheme: ClassificationView) -> [ClassificationView] {
        let series = Set(scheme.series.map(\.iri))
        guard !series.isEmpty else { return [scheme] }
        return views.all(ClassificationView.self).filter { !series.isDisjoint(with: $0.series.map(\.iri)) }
            .sorted { ($0.validity?.start ?? "", $0.id) < ($1.validity?.start ?? "", $1.id) }
    }

    /// The version of `scheme`'s series valid on `day`.
    public func version(validOn day: Day, like scheme: ClassificationView) throws -> ClassificationView {
        let all = versions(like: scheme)
        if let valid = all.first(where: { $0.validity?.contains(day) ?? false }) { return valid }
        throw ClassificationHistoryError.noVersion(
            date: day.description, classification: scheme.id,
            versions: all.map { $0.id + " (" + ($0.validity?.text ?? "no validity stated") + ")" })
    }

    /// Checks a `date=` value against a version: absent or `*` (the whole history) pass, a day must be
    /// within the version's validity (an undated classification is valid on every day).
    public func check(date: String?, for scheme: ClassificationView) throws {
        guard let date, date != "*" else { return }
        guard let day = Day(date) else { throw ClassificationHistoryError.badDate(date) }
        guard let validity = scheme.validity, !validity.contains(day) else { return }
        throw ClassificationHistoryError.notValidOn(date: day.description, classification: scheme.id, validity: validity.text,
                                                    validThen: (try? version(validOn: day, like: scheme))?.id)
    }

    /// The classifications valid on `day` (those stating no validity are left out).
    public func classifications(validOn day: Day) -> [ClassificationView] {
        views.all(ClassificationView.self).filter { $0.validity?.contains(day) ?? false }
    }

    // MARK: correspondences

    public func correspondence(_ id: String) -> CorrespondenceView? {
        correspondencePositions[id].map { correspondences[$0] }
    }

    /// The tables involving a classification (as source or target).
    public func correspondences(involving id: String) -> [CorrespondenceView] {
        correspondences.filter { $0.sourceID == id || $0.targetID == id }
    }

    /// The items of other versions linked to `item` as targets (`successors`) or sources (predecessors).
    public func successors(of item: ClassificationItem, in scheme: ClassificationView) -> [Step] {
        correspondences.filter { $0.sourceID == scheme.id }.flatMap { table in
            table.associations.filter { $0.source.contains(item.code) }.flatMap { a in
                a.target.map { step(table, targetSide: true, code: $0, a, reversed: false) }
            }
        }
    }

    public func predecessors(of item: ClassificationItem, in scheme: ClassificationView) -> [Step] {
        correspondences.filter { $0.targetID == scheme.id }.flatMap { table in
            table.associations.filter { $0.target.contains(item.code) }.flatMap { a in
                a.source.map { step(table, targetSide: false, code: $0, a, reversed: false) }
            }
        }
    }

    /// What `item` of `scheme` becomes in `target`: the linked codes with the kind of each association
    /// read from `scheme` to `target`, and the table used (either direction).
    public func projection(of item: ClassificationItem, from scheme: ClassificationView,
                           to target: ClassificationView) throws -> Projection {
        if scheme.id == target.id {
            let same = Step(classification: scheme.id, code: item.code, notation: item.notation, labels: item.labels,
                            kind: "1:1", sourceFullyCovered: true, date: nil, correspondence: nil)
            return Projection(classification: scheme.id, code: item.code, target: target.id, direction: "identity",
                              correspondence: nil, targets: [same], notes: nil)
        }
        if let table = correspondences.first(where: { $0.sourceID == scheme.id && $0.targetID == target.id }) {
            let targets = table.associations.filter { $0.source.contains(item.code) }.flatMap { a in
                a.target.map { step(table, targetSide: true, code: $0, a, reversed: false) }
            }
            return Projection(classification: scheme.id, code: item.code, target: target.id, direction: "source-to-target",
                              correspondence: table.id, targets: targets, notes: table.notes.isEmpty ? nil : table.notes)
        }
        if let table = correspondences.first(where: { $0.sourceID == target.id && $0.targetID == scheme.id }) {
            let targets = table.associations.filter { $0.target.contains(item.code) }.flatMap { a in
                a.source.map { step(table, targetSide: false, code: $0, a, reversed: true) }
            }
            return Projection(classification: scheme.id, code: item.code, target: target.id, direction: "target-to-source",
                              correspondence: table.id, targets: targets, notes: table.notes.isEmpty ? nil : table.notes)
        }
        throw ClassificationHistoryError.noCorrespondence(from: scheme.id, to: target.id,
                                                          available: correspondences(involving: scheme.id).map(\.id))
    }

    private func step(_ table: CorrespondenceView, targetSide: Bool, code: String, _ a: CorrespondenceView.Association,
                      reversed: Bool) -> Step {
        let schemeID = (targetSide ? table.targetID : table.sourceID) ?? ""
        let other = views.get(ClassificationView.self, id: schemeID)
        let linked = other.flatMap { lookup(code, in: $0) }
        return Step(classification: schemeID, code: code, notation: linked?.notation, labels: linked?.labels,
                    kind: reversed ? a.kind.map(Self.reversed) : a.kind, sourceFullyCovered: a.sourceFullyCovered,
                    date: a.date, correspondence: table.id)
    }

    /// The kind of an association read the other way: `1:n` ↔ `n:1`.
    public static func reversed(_ kind: String) -> String {
        switch kind {
        case "1:n": return "n:1"
        case "n:1": return "1:n"
        default: return kind
        }
    }
}

/// An item of another version linked to the item asked about, through one association of a table.
public struct Step: Sendable, Codable, Hashable {
    public var classification: String
    public var code: String
    public var notation: String?
    public var labels: LocalizedText?
    /// The association's kind read from the item asked about towards this one (for predecessors and
    /// successors, as the table states it, source → target).
    public var kind: String?
    /// The table's "fully covered" flag for the source item of the association.
    public var sourceFullyCovered: Bool?
    public var date: String?
    /// The id of the correspondence table used.
    public var correspondence: String?
}

/// What one item becomes in another version.
public struct Projection: Sendable, Codable {
    public var classification: String
    public var code: String
    public var target: String
    /// `identity`, `source-to-target` (the table read as published) or `target-to-source` (read backwards).
    public var direction: String
    public var correspondence: String?
    public var targets: [Step]
    /// The table's notes (e.g. the items it links to nothing).
    public var notes: LocalizedText?
}

/// One node of a classification tree, with its children down to the requested depth.
public struct TreeNode: Sendable, Codable {
    public var code: String
    public var notation: String?
    public var label: LocalizedValue?
    public var depth: Int?
    public var childCount: Int
    public var children: [TreeNode]?
}
