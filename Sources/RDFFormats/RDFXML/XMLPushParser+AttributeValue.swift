#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

extension XMLPushParser {
    /// An attribute value as a string. Without entity substitution, libxml2 leaves `&` as
    /// `&#38;` and a declared entity's reference as `&name;`; both are expanded here (declared
    /// entities exist only under `DTDPolicy.allowInternalEntities`, their text checked by the
    /// `DoctypeGuard`: short, no markup, no references), with attribute-value normalisation.
    @inline(__always)
    func attributeValue(_ value: UnsafeRawBufferPointer) -> String {
        if value.isEmpty { return "" }
        guard Self.hasReference(value) else { return String(decoding: value, as: UTF8.self) }
        return expandReferences(value)
    }

    /// True when the value holds a `&` (a reference left for `attributeValue` to expand).
    @inline(__always)
    static func hasReference(_ value: UnsafeRawBufferPointer) -> Bool {
        guard let start = value.baseAddress, !value.isEmpty else { return false }
        return memchr(start, 0x26, value.count) != nil
    }

    private func expandReferences(_ value: UnsafeRawBufferPointer) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        var i = 0
        while i < value.count {
            let b = value[i]
            guard b == UInt8(ascii: "&"), let end = value[(i + 1)...].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b); i += 1; continue
            }
            let name = Array(value[(i + 1)..<end])
            if name == Array("#38".utf8) {
                out.append(UInt8(ascii: "&"))
            } else if let text = entityText(name) {
                for c in text.utf8 { out.append(c == 0x09 || c == 0x0A || c == 0x0D ? 0x20 : c) }
            } else {
                out.append(contentsOf: value[i...end])
            }
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The replacement text of a declared internal entity of the document.
    private func entityText(_ name: [UInt8]) -> String? {
        guard let doc = context?.pointee.myDoc else { return nil }
        let entity = (name + [0]).withUnsafeBufferPointer { xmlGetDocEntity(doc, $0.baseAddress) }
        guard let entity, entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY else { return nil }
        return LibXML.string(entity.pointee.content)
    }
}
