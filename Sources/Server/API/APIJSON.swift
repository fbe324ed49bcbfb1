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

/// `limit`/`offset` from the query, validated, and the links of neighbouring pages.
struct Paging: Sendable {
    var limit: Int
    var offset: Int

    static let maxLimit = 1000

    init(_ query: [(name: String, value: String)], defaultLimit: Int = 50) throws {
        limit = defaultLimit
        offset = 0
        for (k, v) in query {
            switch k {
            case "limit":
                guard let n = Int(v), (0...Paging.maxLimit).contains(n) else {
                    throw ServerError.badRequest("limit must be an integer from 0 to \(Paging.maxLimit), not '\(v)'")
                }
                limit = n
            case "offset":
                guard let n = Int(v), n >= 0 else { throw ServerError.badRequest("offset must be a non-negative integer, not '\(v)'") }
                offset = n
            default: break
            }
        }
    }

    /// The links of this page and its neighbours, keeping the other query parameters.
    func links(path: String, query: [(name: String, value: String)], total: Int) -> PageLinks {
        let kept = query.filter { $0.name != "limit" && $0.name != "offset" }
        func url(_ offset: Int) -> String {
            let params = kept + [("limit", String(limit)), ("offset", String(offset))]
            return path + "?" + params.map { HTML.queryEscape($0.0) + "=" + HTML.queryEscape($0.1) }.joined(separator: "&")
        }
        return .init(self: url(offset), next: offset + limit < total && limit > 0 ? url(offset + limit) : nil,
                     prev: offset > 0 ? url(max(0, offset - limit)) : nil)
    }
}
