/// Hands the push parser's events to an `RDFXMLGrammar`: one exclusive access to the grammar
/// per event, and plain struct accesses inside it.
final class RDFXMLEventSink: XMLEventHandler {
    var grammar: RDFXMLGrammar

    init(_ grammar: RDFXMLGrammar) { self.grammar = grammar }

    func run() throws { try grammar.parser.parse(self) }

    func startElement(_ element: XMLElementEvent) throws { try grammar.startElement(element) }
    func endElement() throws { try grammar.endElement() }
    func characters(_ text: UnsafeRawBufferPointer) throws { try grammar.characters(text) }
    func comment(_ text: String) throws { try grammar.comment(text) }
    func processingInstruction(target: String, data: String) throws {
        try grammar.processingInstruction(target: target, data: data)
    }
}
