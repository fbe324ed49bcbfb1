import ArgumentParser
import RDFFormats
import Store

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Load RDF files into the store and print counts, load time and memory used."
    )

    @Option(help: "Input format for every file (default: from each file's extension).") var from: RDFFormat?
    @Option(help: "Base IRI for resolving relative IRIs.") var base: String?
    @Flag(help: "Print the statistics as JSON.") var json = false
    @Flag(name: .customLong("parse-only"), help: "Only parse and count the quads (no store): the parsers' own throughput.")
    var parseOnly = false
    @Argument(help: "The files to load (- for standard input).") var files: [String]

    func run() throws {
        if parseOnly { return try runParseOnly() }
        let start = monotonicSeconds()
        var builder = StoreBuilder(expectedTerms: 1 << 16)
        do {
            for file in files {
                guard let format = from ?? RDFFormat(fileName: file) else {
                    throw ValidationError("cannot tell the format of '\(file)' from its extension: use --from")
                }
                let progress = ProgressLine("loading \(file)")
                let already = builder.count
                let source = try ByteSource(path: file)
                try builder.load(source, format: format, base: base ?? ByteSource.fileIRI(forPath: file)) {
                    progress.update(already + $0, done: source.bytesRead, total: source.totalBytes)
                }
                progress.finish()
            }
        } catch {
            throw FailurePath.exitAfterUsage(1).handle(error)
        }
        let snapshot = builder.build()
        let seconds = monotonicSeconds() - start
        let stats = StoreStatistics(snapshot)
        let report = StatsReport(stats: stats, seconds: seconds, storeBytes: snapshot.memoryFootprint,
                                 peakRSS: peakResidentBytes())
        print(json ? report.json : report.text)
    }

    /// Parses every file and counts quads, building nothing.
    private func runParseOnly() throws {
        let start = monotonicSeconds()
        var count = 0
        do {
            for file in files {
                guard let format = from ?? RDFFormat(fileName: file) else {
                    throw ValidationError("cannot tell the format of '\(file)' from its extension: use --from")
                }
                try RDFParsing.parse(try ByteSource(path: file), format: format,
                                     base: base ?? ByteSource.fileIRI(forPath: file)) { _ in count += 1 }
            }
        } catch {
            throw FailurePath.exitAfterUsage(1).handle(error)
        }
        let seconds = monotonicSeconds() - start
        if json {
            print("{\"parseSeconds\":\(format3(seconds)),\"quads\":\(count)}")
        } else {
            print("quads parsed  \(count.formatted)\nparse time    \(format3(seconds)) s\nthroughput    \(Int(Double(count) / max(seconds, 1e-9)).formatted) quads/s")
        }
    }
}

/// The printed form of `lodestat stats`.
struct StatsReport {
    let stats: StoreStatistics
    let seconds: Double
    let storeBytes: Int
    let peakRSS: Int?

    var rows: [(String, String)] {
        let total = stats.triples + stats.namedGraphQuads
        return [
            ("triples (default graph)", stats.triples.formatted),
            ("quads (named graphs)", stats.namedGraphQuads.formatted),
            ("distinct subjects", stats.distinctSubjects.formatted),
            ("distinct predicates", stats.distinctPredicates.formatted),
            ("distinct objects", stats.distinctObjects.formatted),
            ("named graphs", stats.namedGraphs.formatted),
            ("distinct terms", stats.terms.formatted),
            ("load time", String(format3(seconds)) + " s"),
            ("throughput", Int(Double(total) / max(seconds, 1e-9)).formatted + " quads/s"),
            ("store memory", mib(storeBytes)),
            ("peak resident memory", peakRSS.map(mib) ?? "unknown"),
        ]
    }

    var text: String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(separator: "\n")
    }

    var json: String {
        let fields: [(String, String)] = [
            ("triples", "\(stats.triples)"), ("namedGraphQuads", "\(stats.namedGraphQuads)"),
            ("distinctSubjects", "\(stats.distinctSubjects)"), ("distinctPredicates", "\(stats.distinctPredicates)"),
            ("distinctObjects", "\(stats.distinctObjects)"), ("namedGraphs", "\(stats.namedGraphs)"),
            ("terms", "\(stats.terms)"), ("loadSeconds", format3(seconds)), ("storeBytes", "\(storeBytes)"),
            ("peakResidentBytes", peakRSS.map { "\($0)" } ?? "null"),
        ]
        return "{" + fields.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private func mib(_ bytes: Int) -> String { format3(Double(bytes) / 1_048_576) + " MiB" }
}

func format3(_ x: Double) -> String {
    let scaled = (x * 1000).rounded()
    let whole = Int(scaled / 1000), frac = Int(abs(scaled).truncatingRemainder(dividingBy: 1000))
    return "\(whole)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
}
