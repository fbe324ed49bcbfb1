import CLibXML2

/// The SAX2 handler: element, text, comment and PI events go to the `XMLEventHandler`; the
/// DOCTYPE's declarations are checked before libxml2's own SAX2 code records them (so that
/// declared internal entities can be expanded under `DTDPolicy.allowInternalEntities`).
extension XMLPushParser {
    static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startDocument = xmlSAX2StartDocument
        sax.internalSubset = pushInternalSubset
        sax.entityDecl = pushEntityDecl
        sax.getEntity = xmlSAX2GetEntity
        sax.getParameterEntity = pushGetParameterEntity
        sax.startElementNs = pushStartElement
        sax.endElementNs = pushEndElement
        sax.characters = pushCharacters
        sax.ignorableWhitespace = pushCharacters
        sax.comment = pushComment
        sax.processingInstruction = pushProcessingInstruction
        sax.serror = pushError
        // resolveEntity, externalSubset, unparsedEntityDecl: absent, nothing external is ever read.
        return sax
    }
}

/// The parser behind a callback's context (the document's or an entity's parser context).
@inline(__always)
private func pushParser(_ ctx: UnsafeMutableRawPointer?) -> (XMLPushParser, xmlParserCtxtPtr)? {
    guard let ctx else { return nil }
    let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let owner = ctxt.pointee._private else { return nil }
    return (Unmanaged<XMLPushParser>.fromOpaque(owner).takeUnretainedValue(), ctxt)
}

private func pushStartElement(_ ctx: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
                              _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
                              _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                              _ attributeCount: Int32, _ defaultedCount: Int32,
                              _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    guard let (parser, ctxt) = pushParser(ctx), let localName else { return }
    let event = XMLElementEvent(localName: localName, prefix: prefix, namespace: uri,
                                attributeCount: Int(max(attributeCount, 0)), attributes: attributes)
    parser.deliver(ctxt) { try $0.startElement(event) }
}

private func pushEndElement(_ ctx: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
                            _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
    guard let (parser, ctxt) = pushParser(ctx) else { return }
    parser.deliver(ctxt) { try $0.endElement() }
}

private func pushCharacters(_ ctx: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let (parser, ctxt) = pushParser(ctx), let text, length > 0 else { return }
    let bytes = UnsafeRawBufferPointer(start: text, count: Int(length))
    parser.deliver(ctxt) { try $0.characters(bytes) }
}

private func pushComment(_ ctx: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?) {
    guard let (parser, ctxt) = pushParser(ctx), ctxt.pointee.inSubset == 0 else { return }
    let s = LibXML.string(text) ?? ""
    parser.deliver(ctxt) { try $0.comment(s) }
}

private func pushProcessingInstruction(_ ctx: UnsafeMutableRawPointer?, _ target: UnsafePointer<xmlChar>?,
                                       _ data: UnsafePointer<xmlChar>?) {
    guard let (parser, ctxt) = pushParser(ctx), ctxt.pointee.inSubset == 0 else { return }
    let t = LibXML.string(target) ?? "", d = LibXML.string(data) ?? ""
    parser.deliver(ctxt) { try $0.processingInstruction(target: t, data: d) }
}

private func pushInternalSubset(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                _ externalID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?) {
    guard let (parser, ctxt) = pushParser(ctx) else { return }
    if externalID != nil || systemID != nil {
        parser.refuse(ctxt, "DOCTYPE with an external DTD (SYSTEM/PUBLIC identifier) is refused")
        return
    }
    xmlSAX2InternalSubset(ctx, name, externalID, systemID)
}

private func pushEntityDecl(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
                            _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
                            _ content: UnsafeMutablePointer<xmlChar>?) {
    guard let (parser, ctxt) = pushParser(ctx) else { return }
    let entity = LibXML.string(name) ?? ""
    guard parser.policy == .allowInternalEntities else {
        parser.refuse(ctxt, "entity declarations are refused in untrusted RDF/XML (entity \"\(entity)\")")
        return
    }
    guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), publicID == nil, systemID == nil else {
        parser.refuse(ctxt, "entity \"\(entity)\" is not an internal general entity; refused")
        return
    }
    xmlSAX2EntityDecl(ctx, name, type, publicID, systemID, content)
}

private func pushGetParameterEntity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
    nil  // parameter entities are never declared (the guard and pushEntityDecl refuse them)
}

private func pushError(_ ctx: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error, let (parser, _) = pushParser(ctx) else { return }
    parser.record(error)
}
