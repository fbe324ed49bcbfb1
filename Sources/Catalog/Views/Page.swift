/// One page of a list.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Items matching the filters, before paging.
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

extension Page: Encodable where Item: Encodable {}
