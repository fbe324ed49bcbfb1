import RDFFormats
import Testing

@Suite struct XMLEventReaderTests {
    static func events(_ xml: String) throws -> [XMLEventReader.Event] {
        let reader = try XMLEventReader(source: ByteSource(string: xml, name: "t.xml"))
        var out: [XMLEventReader.Event] = []
        while let e = try reader.next() { out.append(e) }
        return out
    }

    @Test func eventsWithNamespacesAttributesAndEmptyElements() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><r xmlns="urn:x" xmlns:p="urn:p" xml:lang="en" p:a="1"><e/>t<![CDATA[&]]></r>"#
        #expect(try Self.events(xml) == [
            .start(name: "r", namespace: "urn:x", attributes: ["xml:lang": "en", "a": "1"], empty: false),
            .start(name: "e", namespace: "urn:x", attributes: [:], empty: true),
            .text("t&"),
            .end(name: "r"),
        ])
    }

    @Test func malformedXMLIsASyntaxErrorWithAPosition() throws {
        let reader = try XMLEventReader(source: ByteSource(string: "<a>\n<b>\n</a>", name: "bad.xml"))
        #expect { while try reader.next() != nil {} } throws: { e in
            guard let e = e as? RDFSyntaxError else { return false }
            return e.file == "bad.xml" && e.line == 3
        }
        #expect(!reader.refusedInput)
    }

    @Test(arguments: ["<!DOCTYPE a []><a/>", "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>"])
    func doctypeRefused(_ xml: String) throws {
        let reader = try XMLEventReader(source: ByteSource(string: xml, name: "d.xml"), documentKind: "test XML")
        #expect { while try reader.next() != nil {} } throws: { e in
            guard let e = e as? RDFSyntaxError else { return false }
            return e.file == "d.xml" && e.line >= 1 && e.message.contains("DOCTYPE") && e.message.contains("test XML")
        }
        #expect(reader.refusedInput)
    }

    @Test func prologGuardPassesCommentsAndRefusesLateDoctype() {
        var g = PrologGuard()
        let ok = Array("<?xml version=\"1.0\"?><!-- x --><root/>".utf8)
        #expect(ok.withUnsafeBytes { g.feed($0) } == nil)
        #expect(g.done)
        var h = PrologGuard(documentKind: "K")
        let bad = Array("<!-- x -->\n<!DOCTYPE r []><r/>".utf8)
        #expect(bad.withUnsafeBytes { h.feed($0) }?.contains("not accepted in K") == true)
    }
}
