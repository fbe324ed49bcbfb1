import RDF
import RDFFormats

/// Reads the SPARQL Query Results XML Format with the project's streaming `XMLEventReader`
/// (libxml2, refusing entity loader, any DOCTYPE refused). Foundation's `XMLParser` is not used:
/// it installs its own process-wide external-entity loader in place of the refusing one.
public struct SPARQLResultsXMLReader: SPARQLResultsReader {
    public init() {}

    public func read(_ bytes: [UInt8]) throws -> QueryResult {
        let handler = SPARQLResultsXMLHandler()
        do {
            let events = try XMLEventReader(source: ByteSource(bytes: bytes, name: "SPARQL results"),
                                            documentKind: "SPARQL results XML")
            while let event = try events.next() {
                let message: String?
                switch event {
                case let .start(name, namespace, attributes, empty):
                    message = handler.start(name, namespace: namespace, attributes: attributes)
                        ?? (empty ? handler.end(name) : nil)
                case .end(let name):
                    message = handler.end(name)
                case .text(let text):
                    handler.characters(text)
                    message = nil
                }
                if let message {
                    let p = events.position
                    throw SPARQLResultsError.syntax(format: "XML", line: p.line, column: p.column, message: message)
                }
            }
        } catch let e as RDFSyntaxError {
            throw SPARQLResultsError.syntax(format: "XML", line: e.line, column: e.column, message: e.message)
        }
        if let b = handler.boolean { return .boolean(b) }
        guard handler.sawResults else {
            throw SPARQLResultsError.syntax(format: "XML", line: 0, column: 0, message: "neither <results> nor <boolean>")
        }
        return .solutions(SolutionTable(variables: handler.variables, rows: handler.rows))
    }
}
