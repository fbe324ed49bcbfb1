import RDF
import RDFFormats

/// Runs one JSON-LD API test entry and says how it went.
enum JSONLDTestRunner {
    enum Outcome: Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    static func run(_ entry: JSONLDTestEntry) -> Outcome {
        if entry.id == "#missing" { return .failed(entry.name) }
        if let reason = JSONLDSkipList.reason(for: entry) { return .skipped(reason) }
        do {
            return try runChecked(entry)
        } catch let e as JSONLDError {
            if entry.isNegative {
                return e.code.rawValue == entry.expectErrorCode ? .passed
                    : .failed("expected error \"\(entry.expectErrorCode ?? "")\", got \"\(e.code.rawValue)\": \(e.message)")
            }
            return .failed("unexpected error: \(e)")
        } catch {
            return .failed("unexpected error: \(error)")
        }
    }

    static func options(_ entry: JSONLDTestEntry) throws -> JSONLDOptions {
        var options = JSONLDOptions(documentLoader: try JSONLDManifest.loader())
        if let base = entry.optionString("base") { options.base = IRI.resolve(base, against: JSONLDManifest.base) }
        if let mode = entry.optionString("processingMode") { options.processingMode = mode }
        if let ctx = entry.optionString("expandContext") {
            options.expandContext = .string(IRI.resolve(ctx, against: JSONLDManifest.base))
        }
        if let v = entry.optionBool("produceGeneralizedRdf") { options.produceGeneralizedRdf = v }
        if let v = entry.optionString("rdfDirection") { options.rdfDirection = v }
        if let v = entry.optionBool("useNativeTypes") { options.useNativeTypes = v }
        if let v = entry.optionBool("useRdfType") { options.useRdfType = v }
        if let v = entry.optionBool("compactArrays") { options.compactArrays = v }
        if let v = entry.optionBool("compactToRelative") { options.compactToRelative = v }
        return options
    }

    static func readJSON(_ relative: String) throws -> JSONValue {
        let path = try JSONLDManifest.folder() + relative
        return try JSONParser(file: path).parse(try ByteSource(path: path).readAll())
    }

    static func readQuads(_ relative: String) throws -> [Quad] {
        let path = try JSONLDManifest.folder() + relative
        var quads: [Quad] = []
        try NQuadsParser().parse(try ByteSource(path: path)) { quads.append($0) }
        return quads
    }

    static func runChecked(_ entry: JSONLDTestEntry) throws -> Outcome {
        let options = try options(entry)
        let processor = JSONLDProcessor()
        let inputURL = JSONLDManifest.base + entry.input
        var actualJSON: JSONValue?
        var actualQuads: [Quad]?
        switch entry.manifest {
        case "remote-doc":
            var remote = options
            remote.documentLoader = SimulatedHTTPLoader(files: try JSONLDManifest.loader(), entry: entry)
            actualJSON = try processor.expand(try processor.load(inputURL, options: remote), options: remote)
        case "expand":
            actualJSON = try processor.expand(try processor.load(inputURL, options: options), options: options)
        case "compact":
            let context = try readJSON(try require(entry.context, "no context"))
            actualJSON = try processor.compact(try processor.load(inputURL, options: options), context: context,
                                               options: options)
        case "flatten":
            let context = try entry.context.map(readJSON)
            actualJSON = try processor.flatten(try processor.load(inputURL, options: options), context: context,
                                               options: options)
        case "toRdf":
            actualQuads = try processor.toRDF(try processor.load(inputURL, options: options), options: options)
        case "fromRdf":
            actualJSON = try processor.fromRDF(try readQuads(entry.input), options: options)
        default:
            return .failed("unknown manifest \(entry.manifest)")
        }
        if entry.isNegative { return .failed("expected error \"\(entry.expectErrorCode ?? "")\" but processing succeeded") }
        if entry.isSyntaxOnly { return .passed }
        let expectPath = try require(entry.expect, "no expected result")
        if let actualQuads {
            let expected = try readQuads(expectPath)
            if Isomorphism.areIsomorphic(actualQuads, expected) { return .passed }
            return .failed("not isomorphic\nactual:\n\(nq(actualQuads))\nexpected:\n\(nq(expected))")
        }
        let expected = try readJSON(expectPath)
        guard let actual = actualJSON else { return .failed("no output") }
        if JSONLDComparison.equal(actual, expected) {
            // Compacted arrays compare unordered above; their expansions must also agree, @list order included.
            if entry.manifest == "compact" || (entry.manifest == "flatten" && entry.context != nil) {
                let doc = { (v: JSONValue) in JSONLDRemoteDocument(documentURL: inputURL, document: v) }
                let a = try processor.expand(doc(actual), options: options)
                let b = try processor.expand(doc(expected), options: options)
                if !JSONLDComparison.equal(a, b) {
                    return .failed("expansions differ\nactual:\n\(JSONWriter.write(a))\nexpected:\n\(JSONWriter.write(b))")
                }
            }
            return .passed
        }
        if entry.manifest == "flatten" || entry.manifest == "fromRdf" {
            // Blank node labels may differ: compare the RDF datasets the two documents denote.
            var rdfOptions = options
            rdfOptions.produceGeneralizedRdf = true
            rdfOptions.rdfDirection = nil
            if let a = try? processor.toRDF(actual, options: rdfOptions),
               let b = try? processor.toRDF(expected, options: rdfOptions),
               !a.isEmpty, Isomorphism.areIsomorphic(a, b) { return .passed }
        }
        return .failed("output differs\nactual:\n\(JSONWriter.write(actual))\nexpected:\n\(JSONWriter.write(expected))")
    }

    static func nq(_ quads: [Quad]) -> String { quads.map(\.description).sorted().joined(separator: "\n") }

    struct Missing: Error, CustomStringConvertible { var description: String }

    static func require<T>(_ v: T?, _ message: String) throws -> T {
        guard let v else { throw Missing(description: message) }
        return v
    }
}
