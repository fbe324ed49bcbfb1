import RDF

/// Drives toRdf over a document's bytes: the common document shapes — an array of node objects,
/// `{"@context": …, "@graph": [node objects]}`, or one node object — are read element by element,
/// each through `StreamingToRDF` when it can, else through the full algorithms (Expansion and
/// Node Map Generation with the same active context and blank node issuer; their node map is
/// turned into quads at the end). Documents of any other shape, and JSON-LD 1.0 processing, go
/// wholly through the full algorithms.
struct StreamingDocument {
    let parser: JSONLDParser
    let options: JSONLDOptions
    let file: String?

    init(parser: JSONLDParser, file: String?) {
        self.parser = parser
        self.file = file
        var opts = parser.options
        opts.documentLoader = parser.loader
        if let base = parser.base { opts.base = base }
        options = opts
    }

    func parse(_ bytes: [UInt8], _ handler: (Quad) throws -> Void) throws -> JSONLDStreamingReport {
        guard bytes.count <= parser.maxBytes, !options.isJSONLD10 else { return try whole(bytes, handler) }
        let processor = Processor(options: options)
        var context = processor.initialContext(base: options.base)
        if let expandContext = options.expandContext {
            var local = expandContext
            if case .object(let o) = expandContext, let inner = o["@context"] { local = inner }
            guard let processed = try? processor.processContext(context, local, baseURL: options.base) else {
                return try whole(bytes, handler)
            }
            context = processed
        }
        let outcome: Outcome
        do {
            outcome = try bytes.withUnsafeBufferPointer { buffer in
                var run = Run(document: self, processor: processor, buffer: buffer, context: context)
                return try run.run(handler)
            }
        } catch FastPathExit.syntax {
            throw syntaxError(bytes)
        }
        switch outcome {
        case .done(let report): return report
        case .wholeDocument: return try whole(bytes, handler)
        }
    }

    enum Outcome {
        case done(JSONLDStreamingReport)
        /// Nothing was handed out; the full algorithms must read the document.
        case wholeDocument
    }

    /// The full algorithms over the whole document.
    func whole(_ bytes: [UInt8], _ handler: (Quad) throws -> Void) throws -> JSONLDStreamingReport {
        let document = try JSONParser(maxDepth: parser.maxDepth, maxBytes: parser.maxBytes, file: file).parse(bytes)
        try parser.parse(document, handler)
        return JSONLDStreamingReport(wholeDocument: true)
    }

    /// The syntax error `JSONParser` reports for the document (the streaming reader accepts the same JSON).
    func syntaxError(_ bytes: [UInt8]) -> Error {
        do {
            _ = try JSONParser(maxDepth: parser.maxDepth, maxBytes: parser.maxBytes, file: file).parse(bytes)
        } catch { return error }
        return RDFSyntaxError(file: file, line: 1, column: 1, message: "invalid JSON")
    }
}

extension StreamingDocument {
    /// One pass over the document's bytes.
    struct Run {
        let document: StreamingDocument
        let processor: Processor
        let buffer: UnsafeBufferPointer<UInt8>
        var context: ActiveContext
        var reader: JSONByteReader
        var report = JSONLDStreamingReport()
        /// Expansions of the elements read by the full algorithms; as in the full algorithms, their
        /// node map is generated once every element is expanded.
        var fallbackElements: [JSONValue] = []

        init(document: StreamingDocument, processor: Processor, buffer: UnsafeBufferPointer<UInt8>,
             context: ActiveContext) {
            self.document = document
            self.processor = processor
            self.buffer = buffer
            self.context = context
            reader = JSONByteReader(bytes: buffer, maxDepth: document.parser.maxDepth)
        }

        mutating func run(_ handler: (Quad) throws -> Void) throws -> Outcome {
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { reader.pos = 3 }
            reader.skipSpace()
            guard context.previousContext == nil else { return .wholeDocument }
            switch reader.current {
            case 0x5B:
                try elements(depth: 1, activeProperty: nil, handler)
                try expectEnd()
            case 0x7B:
                if try !topLevelObject(handler) { return .wholeDocument }
            default:
                return .wholeDocument
            }
            if report.fallbackElements > 0 {
                var map = NodeMap()
                var none: [JSONValue]? = nil
                try processor.generateNodeMap(.array(fallbackElements), &map, list: &none)
                try processor.emitRDF(map) { try handler(document.parser.relabel($0)) }
            }
            return .done(report)
        }

        private mutating func expectEnd() throws(FastPathExit) {
            reader.skipSpace()
            if reader.pos != buffer.count { throw .syntax }
        }

        /// The top-level object: `{"@context"?, "@graph"}`, or a single node object. False when
        /// the whole document must go through the full algorithms (nothing was handed out).
        private mutating func topLevelObject(_ handler: (Quad) throws -> Void) throws -> Bool {
            let start = reader.pos
            var members: [(key: String, start: Int)] = []
            reader.pos += 1
            reader.skipSpace()
            if reader.current == 0x7D { reader.pos += 1 } else {
                repeat {
                    let key = try reader.scanString()
                    reader.skipSpace()
                    try reader.expect(0x3A)
                    reader.skipSpace()
                    members.append((reader.decode(key), reader.pos))
                    try reader.skipValue(depth: 2)
                } while try reader.separator(closing: 0x7D)
            }
            try expectEnd()
            let keys = members.map(\.key)
            guard Set(keys).count == keys.count else { return false }
            if let contextStart = members.first(where: { $0.key == "@context" })?.start {
                reader.pos = contextStart
                try reader.skipValue(depth: 2)
                let local = try parse(contextStart..<reader.pos)
                guard let processed = try? processor.processContext(context, local, baseURL: document.options.base),
                      processed.previousContext == nil else { return false }
                context = processed
            }
            if let graphStart = members.first(where: { $0.key == "@graph" })?.start,
               keys.allSatisfy({ $0 == "@graph" || $0 == "@context" }) {
                reader.pos = graphStart
                switch reader.current {
                case 0x5B: try elements(depth: 2, activeProperty: "@graph", handler)
                case 0x7B: try element(depth: 2, activeProperty: "@graph", handler)
                default: return false
                }
                return true
            }
            reader.pos = start
            var streaming = streamer()
            do {
                _ = try streaming.readObject(depth: 1, topLevel: true, skipContext: true)
            } catch FastPathExit.unsupported {
                return false
            }
            report.streamedElements += 1
            try streaming.flush(handler)
            return true
        }

        private func streamer() -> StreamingToRDF {
            StreamingToRDF(reader: reader, vocabulary: StreamingVocabulary(context: context, processor: processor),
                           processor: processor, blankNodePrefix: document.parser.blankNodePrefix)
        }

        /// The items of the array at the current position (nesting depth `depth`), one by one.
        private mutating func elements(depth: Int, activeProperty: String?, _ handler: (Quad) throws -> Void) throws {
            if depth > reader.maxDepth { throw FastPathExit.syntax }
            var streaming = streamer()
            streaming.reader.pos += 1
            streaming.reader.skipSpace()
            if streaming.reader.current == 0x5D {
                streaming.reader.pos += 1
                reader = streaming.reader
                return
            }
            repeat {
                try element(&streaming, depth: depth + 1, activeProperty: activeProperty, handler)
            } while try streaming.reader.separator(closing: 0x5D)
            reader = streaming.reader
        }

        private mutating func element(depth: Int, activeProperty: String?, _ handler: (Quad) throws -> Void) throws {
            var streaming = streamer()
            try element(&streaming, depth: depth, activeProperty: activeProperty, handler)
            reader = streaming.reader
        }

        /// One top-level element: streamed when possible, else expanded into the fallback node map.
        private mutating func element(_ streaming: inout StreamingToRDF, depth: Int, activeProperty: String?,
                                      _ handler: (Quad) throws -> Void) throws {
            let start = streaming.reader.pos
            if streaming.reader.current == 0x7B {
                do {
                    _ = try streaming.readObject(depth: depth, topLevel: true)
                    report.streamedElements += 1
                    try streaming.flush(handler)
                    return
                } catch FastPathExit.unsupported {
                    streaming.discard()
                    streaming.reader.pos = start
                }
            }
            try streaming.reader.skipValue(depth: depth)
            let value = try parse(start..<streaming.reader.pos)
            report.fallbackElements += 1
            if let expanded = try processor.expand(context, activeProperty, value, baseURL: document.options.base) {
                fallbackElements.append(expanded)
            }
        }

        /// A JSON value of the document (already validated by the reader).
        private func parse(_ range: Range<Int>) throws -> JSONValue {
            let parser = JSONParser(maxDepth: document.parser.maxDepth, maxBytes: Int.max, file: document.file)
            do { return try parser.parse(Array(buffer[range])) } catch { throw FastPathExit.syntax }
        }
    }
}
