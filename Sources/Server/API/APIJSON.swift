import Catalog
import Foundation

/// The plain JSON of the REST API: compact, sorted keys, no `\/` escapes, stable field names — what
/// Foundation's `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte,
/// written by `FragmentEncoder` at a fraction of the cost.
public enum APIJSON {
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let fragment = try FragmentEncoder.fragment(value, parent: nil, step: nil)
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        fragment.write(into: &out)
        return out
    }
}

/// A view with its label picked in the requested language (`label`, `labelLanguage`) beside all its fields.
public struct Localized<V: Encodable & Sendable>: Encodable, Sendable {
    public let view: V
    public let label: LocalizedValue?

    public init(view: V, label: LocalizedValue?) {
        self.view = view
        self.label = label
    }

    enum Keys: String, CodingKey { case label }

    public func encode(to encoder: any Encoder) throws {
        try view.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(label, forKey: .label)
    }
}

/// One page of a list, with navigation links.
struct PageBody<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var total: Int
    var limit: Int
    var offset: Int
    var links: PageLinks
}

/// The links of a page and of its neighbours.
struct PageLinks: Encodable, Sendable {
    var `self`: String
    var next: String?
    var prev: String?
}

/// `limit`/`offset` from the query, validated against their bounds, and the links of neighbouring
/// pages (computed with arithmetic that cannot overflow).
struct Paging: Sendable {
    var limit: Int
    var offset: Int

    static let maxLimit = 1000
    /// The largest `offset` accepted: far past any catalog, far from `Int.max`.
    static let maxOffset = 1_000_000_000

    /// The documented parameters, as every paged route declares them.
    static func parameters(defaultLimit: Int = 50, noun: String = "Items") -> [RouteDoc.Parameter] {
        [.integer("limit", "Page size (0–\(maxLimit), default \(defaultLimit))", 0...maxLimit),
         .integer("offset", "\(noun) to skip (0–\(maxOffset), default 0)", 0...maxOffset)]
    }

    init(limit: Int, offset: Int) {
        self.limit = limit
        self.offset = offset
    }

    init(_ query: [(name: String, value: String)], defaultLimit: Int = 50) throws {
        limit = defaultLimit
        offset = 0
        for (k, v) in query {
            switch k {
            case "limit":
                guard let n = ParameterConstraint.parseInteger(v), (0...Paging.maxLimit).contains(n) else {
                    throw ServerError.badRequest("limit must be an integer from 0 to \(Paging.maxLimit), not '\(v.prefix(40))'")
                }
                limit = n
            case "offset":
                guard let n = ParameterConstraint.parseInteger(v), (0...Paging.maxOffset).contains(n) else {
                    throw ServerError.badRequest("offset must be an integer from 0 to \(Paging.maxOffset), not '\(v.prefix(40))'")
                }
                offset = n
            default: break
            }
        }
    }

    /// The slice of `count` items this page shows (empty past the end).
    func range(in count: Int) -> Range<Int> {
        let start = min(offset, count)
        let (end, overflow) = start.addingReportingOverflow(limit)
        return start..<(overflow ? count : min(count, end))
    }

    /// The links of this page and its neighbours, keeping the other query parameters.
    func links(path: String, query: [(name: String, value: String)], total: Int) -> PageLinks {
        let kept = query.filter { $0.name != "limit" && $0.name != "offset" }
        func url(_ offset: Int) -> String {
            let params = kept + [("limit", String(limit)), ("offset", String(offset))]
            return path + "?" + params.map { HTML.queryEscape($0.0) + "=" + HTML.queryEscape($0.1) }.joined(separator: "&")
        }
        let (nextOffset, overflow) = offset.addingReportingOverflow(limit)
        let next = !overflow && limit > 0 && nextOffset < total ? url(nextOffset) : nil
        let prev = offset > 0 ? url(offset > limit ? offset - limit : 0) : nil
        return .init(self: url(offset), next: next, prev: prev)
    }
}
