import RDF

/// SPARQL Query Results XML Format (`application/sparql-results+xml`).
public struct SPARQLResultsXMLWriter: SPARQLResultsWriter {
    public static let namespace = "http://www.w3.org/2005/sparql-results#"

    public init() {}

    public func write(_ result: QueryResult, to out: inout some TextOutputStream) throws {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sparql xmlns=\"\(Self.namespace)\">\n")
        switch result {
        case .graph:
            throw SPARQLResultsError.unsupported(format: "XML", what: "a graph")
        case .boolean(let b):
            out.write("  <head/>\n  <boolean>\(b)</boolean>\n")
        case .solutions(let table):
            out.write("  <head>\n")
            for v in table.variables { out.write("    <variable name=\"\(try Self.escape(v, attribute: true))\"/>\n") }
            out.write("  </head>\n  <results>\n")
            for row in table.rows {
                out.write("    <result>\n")
                for (i, v) in table.variables.enumerated() where i < row.count {
                    guard let term = row[i] else { continue }
                    out.write("      <binding name=\"\(try Self.escape(v, attribute: true))\">")
                    try Self.writeTerm(term, to: &out)
                    out.write("</binding>\n")
                }
                out.write("    </result>\n")
            }
            out.write("  </results>\n")
        }
        out.write("</sparql>\n")
    }

    static func writeTerm(_ term: Term, to out: inout some TextOutputStream) throws {
        switch term {
        case .iri(let v): out.write("<uri>\(try escape(v))</uri>")
        case .blankNode(let v): out.write("<bnode>\(try escape(v))</bnode>")
        case .literal(let l):
            out.write("<literal")
            if let lang = l.language { out.write(" xml:lang=\"\(try escape(lang, attribute: true))\"") }
            else if l.datatype != XSD.string { out.write(" datatype=\"\(try escape(l.datatype, attribute: true))\"") }
            out.write(">\(try escape(l.lexicalForm))</literal>")
        }
    }

    /// Escapes markup characters; carriage returns become `&#13;` so XML line-end handling keeps them.
    static func escape(_ s: String, attribute: Bool = false) throws -> String {
        if let c = MarkupEscaping.firstCharacterNotAllowedInXML(s) {
            throw SPARQLResultsError.unrepresentable(
                format: "XML", message: "character U+\(String(c.value, radix: 16, uppercase: true)) is not allowed in XML 1.0")
        }
        return MarkupEscaping.escape(s, attribute ? .xmlAttribute : .xmlText)
    }
}
