import CLibXML2

/// Receives the events of an `XMLPushParser`. Element and attribute names are libxml2's
/// interned strings: equal names have equal pointers for the whole document.
protocol XMLEventHandler: AnyObject {
    func startElement(_ element: XMLElementEvent) throws
    func endElement() throws
    /// A run of character data (a text node may arrive in several runs).
    func characters(_ text: UnsafeRawBufferPointer) throws
    func comment(_ text: String) throws
    func processingInstruction(target: String, data: String) throws
}

/// A start tag as libxml2's SAX2 reports it; valid only during the `startElement` call.
struct XMLElementEvent {
    let localName: UnsafePointer<xmlChar>
    let prefix: UnsafePointer<xmlChar>?
    let namespace: UnsafePointer<xmlChar>?
    let attributeCount: Int
    /// Five pointers per attribute: local name, prefix, namespace, value start, value end.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    struct Attribute {
        let localName: UnsafePointer<xmlChar>
        let prefix: UnsafePointer<xmlChar>?
        let namespace: UnsafePointer<xmlChar>?
        /// The normalised value; a `&` stands for itself only as `&#38;` (see `XMLAttributeValue`).
        let value: UnsafeRawBufferPointer
    }

    @inline(__always)
    func attribute(_ i: Int) -> Attribute? {
        guard let attributes, let local = attributes[5 * i] else { return nil }
        let start = attributes[5 * i + 3], end = attributes[5 * i + 4]
        var value = UnsafeRawBufferPointer(start: nil, count: 0)
        if let start, let end, end >= start { value = UnsafeRawBufferPointer(start: start, count: end - start) }
        return Attribute(localName: local, prefix: attributes[5 * i + 1], namespace: attributes[5 * i + 2], value: value)
    }
}
