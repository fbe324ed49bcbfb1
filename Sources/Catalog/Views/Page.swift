/// One page of a list.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Items matching the filters, before paging.
    public var total: Int
    public var limit: Int
    public var offset: Int
}

extension Page: Encodable where Item: Encodable {}
