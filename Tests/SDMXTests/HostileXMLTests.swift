import RDFFormats
import SDMX
import Testing

@Suite struct HostileXMLTests {
    static let root = #"<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">"#

    static let cases: [(name: String, xml: String)] = [
        ("billion laughs", """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        \(root)<mes:Header><mes:ID>&lol3;</mes:ID></mes:Header></mes:Structure>
        """),
        ("XXE file", """
        <?xml version="1.0"?>
        <!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        \(root)<mes:Header><mes:ID>&xxe;</mes:ID></mes:Header></mes:Structure>
        """),
        ("external DTD", """
        <?xml version="1.0"?>
        <!DOCTYPE m SYSTEM "http://example.org/evil.dtd">
        \(root)</mes:Structure>
        """),
        ("parameter entity", """
        <!-- comment first --><!DOCTYPE m [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>
        \(root)</mes:Structure>
        """),
        ("DOCTYPE after a BOM", "\u{FEFF}<!DOCTYPE m []>\(root)</mes:Structure>"),
        ("XInclude", """
        \(root)<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/></mes:Structure>
        """),
    ]

    /// XInclude is never processed: the element is ignored, nothing is read from the file.
    @Test func xincludeIgnored() throws {
        let xml = try #require(Self.cases.first { $0.name == "XInclude" }).xml
        let r = try SDMXMLReader().read(ByteSource(string: xml, name: "xi.xml"))
        #expect(r.message.isEmpty)
        #expect(r.message.header.id == "IMPORTED")
    }

    @Test func entityLoaderRefuses() { #expect(SDMXMLReader.entityLoaderRefuses) }

    /// A UTF-16 document could hide a DOCTYPE from a byte scan: refused outright.
    @Test func utf16Refused() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "<!DOCTYPE m []><a/>".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect { try SDMXMLReader().read(ByteSource(bytes: bytes, name: "u16.xml")) } throws: { e in
            if case .refused? = e as? SDMXError { return true } else { return false }
        }
    }

    @Test(arguments: cases.map(\.name).filter { $0 != "XInclude" })
    func refused(_ name: String) throws {
        let xml = try #require(Self.cases.first { $0.name == name }).xml
        do {
            _ = try SDMXMLReader().read(ByteSource(string: xml, name: "hostile.xml"))
            Issue.record("\(name) was accepted")
        } catch let e as SDMXError {
            guard case .refused(let file, let line, _, let message) = e else {
                Issue.record("expected a refusal, got \(e)")
                return
            }
            #expect(file == "hostile.xml")
            #expect(line >= 1)
            #expect(message.contains("DOCTYPE") || message.contains("entit"))
        }
    }

    @Test func malformedXMLHasAPosition() throws {
        let xml = "\(Self.root)\n<mes:Header>\n<mes:ID>x</mes:Header></mes:Structure>"
        #expect { try SDMXMLReader().read(ByteSource(string: xml, name: "bad.xml")) } throws: { e in
            guard case .xml(let file, let line, _, _)? = e as? SDMXError else { return false }
            return file == "bad.xml" && line == 3
        }
    }

    @Test func notAStructureMessage() throws {
        #expect(throws: SDMXError.self) { try SDMXMLReader().read(ByteSource(string: "<a/>", name: "a.xml")) }
    }
}
