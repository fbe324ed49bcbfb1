import RDF
import Store

/// A typed read model of one kind of catalog resource, built from a snapshot.
public protocol CatalogView: Sendable, Encodable {
    static var kind: ResourceKind { get }
    /// The filter keys `matches` understands (others are refused by `CatalogViews.list`).
    static var filterKeys: [String] { get }
    /// The fields a vocabulary mapping fills (`map:{field}`), each read with `ViewContext`'s field readers.
    static var mappedFields: [String] { get }
    /// Stable id: the path of the IRI after `{base}id/{kind}/` (or `{base}id/`), else the first
    /// capture group of the kind's `map:idPattern` over the path after the base.
    var id: String { get }
    var iri: String { get }
    /// The resource's labels in every language.
    var labels: LocalizedText { get }
    /// Builds the view of `node`, or nil when `node` is not a resource of this kind.
    init?(node: TermID, context: ViewContext)
    /// True when the view passes the filter `key=value` (a key from `filterKeys`).
    func matches(_ key: String, _ value: String) -> Bool
}

extension CatalogView {
    /// The label in `language`, else French, else English, else any, with its real language.
    public func label(_ language: String? = nil) -> LocalizedValue? { labels.pick(language) }
}

/// Filters compare ids, codes or IRIs of links (case-sensitive).
func linkMatches(_ link: Link?, _ value: String) -> Bool {
    guard let link else { return false }
    return link.id == value || link.iri == value || link.notation == value
        || link.id.map { $0.hasSuffix("/" + value) } == true
}
