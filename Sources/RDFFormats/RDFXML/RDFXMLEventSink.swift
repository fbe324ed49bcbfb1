/// Hands the push parser's events to an `RDFXMLGrammar`. The grammar is a value type kept at a
/// fixed address that only this sink uses, one event at a time (libxml2 calls back on one
/// thread and never re-enters), so its state is reached without dynamic exclusivity checks.
final class RDFXMLEventSink: XMLEventHandler {
    private let grammar: UnsafeMutablePointer<RDFXMLGrammar>

    init(_ grammar: RDFXMLGrammar) {
        self.grammar = .allocate(capacity: 1)
        self.grammar.initialize(to: grammar)
    }

    deinit {
        grammar.deinitialize(count: 1)
        grammar.deallocate()
    }

    func run() throws { try grammar.pointee.parser.parse(self) }

    func startElement(_ element: XMLElementEvent) throws { try grammar.pointee.startElement(element) }
    func endElement() throws { try grammar.pointee.endElement() }
    func characters(_ text: UnsafeRawBufferPointer) throws { try grammar.pointee.characters(text) }
    func comment(_ text: String) throws { try grammar.pointee.comment(text) }
    func processingInstruction(target: String, data: String) throws {
        try grammar.pointee.processingInstruction(target: target, data: data)
    }
}
