/// The views of one type in id order, and where each id is. When two IRIs give the same id
/// (`{base}id/{kind}/x` and `{base}id/x`), the id names the first form, as `ViewContext.iri(of:kind:)` does.
struct ViewIndex<V: CatalogView>: Sendable {
    let views: [V]
    let positions: [String: Int]

    init(views: [V], direct: String) {
        self.views = views
        var positions: [String: Int] = [:]
        positions.reserveCapacity(views.count)
        for (i, v) in views.enumerated() {
            if let other = positions[v.id], views[other].iri.hasPrefix(direct) { continue }
            positions[v.id] = i
        }
        self.positions = positions
    }
}
