import CLibXML2
import RDF
@testable import RDFFormats
import Testing

/// XML attacks against the RDF/XML parser: each is refused with a clear error, and nothing is
/// read from a file or the network.
@Suite struct XMLSafetyTests {
    static let rdfOpen = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"

    static func parse(_ xml: String, _ dtd: DTDPolicy = .refuseEntities) throws -> [Triple] {
        try RDFXMLParser(base: "http://example.org/doc", dtd: dtd).parseTriples(ByteSource(string: xml, name: "t.rdf"))
    }

    /// Parses and returns the syntax error's message; records an issue when nothing is thrown.
    static func refusal(_ xml: String, _ dtd: DTDPolicy = .refuseEntities) -> String {
        do {
            let triples = try parse(xml, dtd)
            Issue.record("accepted: \(triples)")
            return ""
        } catch let e as RDFSyntaxError {
            #expect(e.file == "t.rdf")
            #expect(e.line >= 1)
            return e.message
        } catch {
            Issue.record("unexpected error \(error)")
            return ""
        }
    }

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        \(rdfOpen)<rdf:Description rdf:about="http://example.org/s" ex:p="&lol9;"><ex:q>&lol9;</ex:q></rdf:Description></rdf:RDF>
        """

    @Test func billionLaughsIsRefused() {
        #expect(Self.refusal(Self.billionLaughs).contains("entity declarations are refused"))
        #expect(Self.refusal(Self.billionLaughs, .allowInternalEntities).contains("refers to other entities"))
    }

    @Test func quadraticBlowUpIsRefused() {
        let big = String(repeating: "a", count: 100_000)
        let refs = String(repeating: "&a;", count: 10_000)
        let xml = "<!DOCTYPE rdf:RDF [<!ENTITY a \"\(big)\">]>\n\(Self.rdfOpen)<rdf:Description ex:p=\"\(refs)\">"
            + "<ex:q>\(refs)</ex:q></rdf:Description></rdf:RDF>"
        #expect(Self.refusal(xml).contains("entity declarations are refused"))
        #expect(Self.refusal(xml, .allowInternalEntities).contains("longer than"))
    }

    @Test func externalEntityIsRefused() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            \(Self.rdfOpen)<rdf:Description rdf:about="http://example.org/s"><ex:p>&xxe;</ex:p></rdf:Description></rdf:RDF>
            """
        for policy in [DTDPolicy.refuseEntities, .allowInternalEntities] {
            let message = Self.refusal(xml, policy)
            #expect(message.contains("external entity \"xxe\"") || message.contains("entity declarations are refused"))
            #expect(!message.contains("root:"))
        }
    }

    @Test func parameterEntitiesAreRefused() {
        let declared = """
            <!DOCTYPE rdf:RDF [<!ENTITY % pe SYSTEM "http://127.0.0.1:9/evil.dtd"> %pe;]>
            \(Self.rdfOpen)</rdf:RDF>
            """
        let inline = "<!DOCTYPE rdf:RDF [<!ENTITY % pe \"<!ENTITY x 'y'>\"> %pe;]>\n\(Self.rdfOpen)</rdf:RDF>"
        for policy in [DTDPolicy.refuseEntities, .allowInternalEntities] {
            #expect(Self.refusal(declared, policy).contains("parameter-entity declarations are refused"))
            #expect(Self.refusal(inline, policy).contains("parameter-entity declarations are refused"))
        }
        #expect(Self.refusal("<!DOCTYPE r [%pe;]>\n\(Self.rdfOpen)</rdf:RDF>").contains("parameter-entity references"))
    }

    @Test func externalDTDIsRefused() {
        for doctype in ["<!DOCTYPE rdf:RDF SYSTEM \"file:///etc/passwd\">",
                        "<!DOCTYPE rdf:RDF PUBLIC \"-//X//EN\" \"http://127.0.0.1:9/x.dtd\">"] {
            for policy in [DTDPolicy.refuseEntities, .allowInternalEntities] {
                #expect(Self.refusal(doctype + "\n" + Self.rdfOpen + "</rdf:RDF>", policy).contains("external DTD"))
            }
        }
    }

    @Test func hiddenEncodingsAreRefused() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".utf16 {
            utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8))
        }
        #expect(throws: RDFSyntaxError.self) { try RDFXMLParser().parseTriples(ByteSource(bytes: utf16)) }
        let utf7 = "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-!DOCTYPE r +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-<r>&x;</r>"
        #expect(Self.refusal(utf7).contains("encoding \"utf-7\" is not accepted"))
    }

    @Test func doctypeAfterALongCommentIsStillSeen() {
        let comment = "<!--" + String(repeating: "padding ", count: 40_000) + "-->\n"
        let xml = comment + "<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n\(Self.rdfOpen)</rdf:RDF>"
        let message = Self.refusal(xml)
        #expect(message.contains("external entity \"xxe\"") || message.contains("entity declarations are refused"))
    }

    @Test func doctypeRefusalsCarryTheirPosition() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n\(Self.rdfOpen)</rdf:RDF>"
        for policy in [DTDPolicy.refuseEntities, .allowInternalEntities] {
            do {
                _ = try Self.parse(xml, policy)
                Issue.record("accepted")
            } catch let e as RDFSyntaxError {
                #expect(e.line == 3 && e.column == 3, "\(e)")
            } catch { Issue.record("unexpected \(error)") }
        }
        let comment = "<!--" + String(repeating: "x\n", count: 50_000) + "-->"
        do {
            _ = try Self.parse(comment + "<!DOCTYPE rdf:RDF SYSTEM \"http://127.0.0.1:9/x.dtd\">\n" + Self.rdfOpen + "</rdf:RDF>")
            Issue.record("accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.line == 50_001 && e.column == 22, "\(e)")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func entitiesExpandInTextAndAttributesEachTimeTheyAreUsed() throws {
        let xml = """
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> <!ENTITY n "N"> ]>
            \(Self.rdfOpen)<rdf:Description rdf:about="&ex;s" ex:a="&n;&amp;&n;"><ex:q>&n; &amp; &n;&#38;</ex:q>\
            <ex:r rdf:resource="&ex;o&amp;p"/></rdf:Description></rdf:RDF>
            """
        let s = Term.iri("http://example.org/s")
        #expect(Set(try Self.parse(xml, .allowInternalEntities)) == [
            Triple(s, .iri("http://example.org/a"), .string("N&N")),
            Triple(s, .iri("http://example.org/q"), .string("N & N&")),
            Triple(s, .iri("http://example.org/r"), .iri("http://example.org/o&p")),
        ])
    }

    @Test func harmlessDoctypeIsAccepted() throws {
        let xml = "<!DOCTYPE rdf:RDF>\n\(Self.rdfOpen)<rdf:Description rdf:about=\"http://example.org/s\" ex:p=\"v\"/></rdf:RDF>"
        #expect(try Self.parse(xml) == [Triple(.iri("http://example.org/s"), .iri("http://example.org/p"), .string("v"))])
    }

    @Test func internalNamespaceEntitiesWorkForTrustedFiles() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> <!ENTITY name 'Lodestat'> ]>
            \(Self.rdfOpen)<rdf:Description rdf:about="&ex;s"><ex:p rdf:resource="&ex;o"/><ex:q>Hi &name;!</ex:q></rdf:Description></rdf:RDF>
            """
        let triples = Set(try Self.parse(xml, .allowInternalEntities))
        #expect(triples == [
            Triple(.iri("http://example.org/s"), .iri("http://example.org/p"), .iri("http://example.org/o")),
            Triple(.iri("http://example.org/s"), .iri("http://example.org/q"), .string("Hi Lodestat!")),
        ])
        #expect(Self.refusal(xml).contains("entity declarations are refused in untrusted RDF/XML"))
    }

    /// Even with options this project never uses (DTD loading and entity substitution), the
    /// process-wide loader installed by the parser refuses to read the file (without it,
    /// libxml2 2.9.14 returns the contents of /etc/passwd for this document).
    @Test func entityLoaderRefusesFilesEvenWithUnsafeOptions() throws {
        _ = try Self.parse(Self.rdfOpen + "</rdf:RDF>")  // installs the loader
        #expect(LibXML.loaderIsRefusing)
        let xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"
        let options = Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_DTDLOAD.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)
        let doc = xml.withCString { xmlReadMemory($0, Int32(xml.utf8.count), "t.xml", nil, options) }
        defer { if let doc { xmlFreeDoc(doc) } }
        var content = ""
        if let doc, let root = xmlDocGetRootElement(doc), let text = xmlNodeGetContent(root) {
            content = String(cString: UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
            lodestat_xmlFree(text)
        }
        #expect(!content.contains("root:"))
    }
}
