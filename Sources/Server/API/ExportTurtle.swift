import RDF
import RDFFormats

/// Turtle for a streamed export: byte for byte what `TurtleSerializer` writes for the whole
/// export's quads at once (prefixes used, then one block per subject in subject order), written
/// one subject at a time.
///
/// A first pass over the descriptions collects the subjects and the `@prefix` lines (from the
/// serializer's own output for batches of quads: a prefix is used by the whole when it is used by
/// one of its parts). The second writes each subject's block, serialized alone from the
/// subject's quads: those of its own description when it is exported, else its labels (what every
/// description that links to it holds). A blank node anywhere in the export makes `plan()` answer
/// nil: whether a node is written inline as `[ … ]` depends on every reference to it, so such an
/// export is serialized whole.
struct ExportTurtle {
    let descriptions: ExportDescriptions
    let prefixes: [(prefix: String, namespace: String)]

    /// What the first pass learnt: the header and the subjects in the order their blocks are written.
    struct Plan {
        let header: String
        let subjects: [Term]
    }

    /// Quads serialized at once to find the prefixes they use.
    static let prefixBatch = 20_000
    /// Subjects serialized at once.
    static let batch = 256

    /// The plan, or nil when the export holds a blank node or a named graph.
    func plan() throws -> Plan? {
        var subjects = Set<Term>()
        var lines = Set<String>()
        var batch: [Quad] = []
        func collectPrefixes() throws {
            let text = try TurtleSerializer(prefixes: prefixes).string(batch)
            for line in text.split(separator: "\n") {
                guard line.hasPrefix("@prefix ") else { break }
                lines.insert(String(line))
            }
            batch.removeAll(keepingCapacity: true)
        }
        for index in descriptions.iris.indices {
            guard let quads = descriptions.description(at: index) else { continue }
            for q in quads {
                if q.graph != nil || q.subject.isBlankNode || q.object.isBlankNode { return nil }
                subjects.insert(q.subject)
            }
            batch += quads
            if batch.count >= Self.prefixBatch { try collectPrefixes() }
        }
        if !batch.isEmpty { try collectPrefixes() }
        // The serializer's header: the prefix lines by prefix name, then an empty line.
        let sorted = lines.sorted { Self.prefixName($0) < Self.prefixName($1) }
        let header = sorted.isEmpty ? "" : sorted.joined(separator: "\n") + "\n\n"
        return Plan(header: header, subjects: subjects.sorted())
    }

    /// The blocks of `subjects` (consecutive in the plan's order), as the whole-document serializer
    /// writes them: separated by an empty line, without the one before the first.
    func blocks(of subjects: ArraySlice<Term>) throws -> String {
        let text = try TurtleSerializer(prefixes: prefixes).string(subjects.flatMap { descriptions.quads(about: $0) })
        guard text.hasPrefix("@prefix "), let end = text.range(of: "\n\n") else { return text }
        return String(text[end.upperBound...])
    }

    /// `p` of a line `@prefix p: <…> .`
    static func prefixName(_ line: String) -> Substring {
        line.dropFirst("@prefix ".count).prefix { $0 != ":" }
    }
}
