import RDF
import RDFFormats

extension FuzzHarness {
    public static func ntriples(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .ntriples) }
    public static func nquads(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .nquads) }
    public static func turtle(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .turtle) }
    public static func trig(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .trig) }
    public static func rdfxml(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .rdfxml) }
    public static func jsonld(_ data: UnsafeRawBufferPointer) { parseRDF(data, as: .jsonld) }

    /// Parses through the same facade the CLI and the loader use; when parsing succeeds, the quads
    /// are written back as N-Quads (exercising term escaping on whatever the parser accepted).
    static func parseRDF(_ data: UnsafeRawBufferPointer, as format: RDFFormat) {
        var quads: [Quad] = []
        do {
            try RDFParsing.parse(ByteSource(bytes: bytes(data), name: "fuzz"), format: format, base: base) {
                quads.append($0)
            }
        } catch {
            return
        }
        var out = ""
        try? RDFSerializing.write(quads, format: .nquads, prefixes: [], to: &out)
    }
}
