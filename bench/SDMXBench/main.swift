// SDMX-ML 2.1 export benchmark: a generated codelist of N codes (default 100,000, bilingual
// names, a two-level hierarchy) written to a file with the streaming writer.
// Prints the export time and the resident-memory growth during the export as JSON.
// Usage: sdmx-bench [CODES] [OUTPUT.xml]   |   sdmx-bench read FILE.xml (times the reader and the Turtle mapping)
import Foundation
import SDMX

func residentBytes() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = s.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let args = CommandLine.arguments
if args.count > 2 && args[1] == "read" {  // sdmx-bench read FILE: time the reader and the Turtle mapping
    var t0 = now()
    let result = try SDMXMLReader().read(path: args[2])
    let readSeconds = now() - t0
    t0 = now()
    let turtle = try SDMXImport.turtle(result.message)
    print("{\"readSeconds\":\(String(format: "%.3f", readSeconds)),\"turtleSeconds\":\(String(format: "%.3f", now() - t0)),\"turtleBytes\":\(turtle.utf8.count)}")
    exit(0)
}
let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
let output = args.count > 2 ? args[2] : NSTemporaryDirectory() + "sdmx-bench-\(n).xml"

var codes: [Code] = []
codes.reserveCapacity(n)
for i in 0..<n {
    let parent = i % 100 == 0 ? nil : "C\(i - i % 100)"
    codes.append(Code(id: "C\(i)", names: InternationalString([LocalisedString("Code \(i)", language: "en"),
                                                                LocalisedString("Code n° \(i)", language: "fr")]),
                      parentID: parent))
}
let list = Codelist(identity: MaintainableIdentity(agencyID: "BENCH", id: "CL_BENCH"),
                    names: InternationalString([LocalisedString("Benchmark codelist", language: "en")]), codes: codes)
let message = StructureMessage(header: MessageHeader(id: "BENCH", prepared: "2026-01-01T00:00:00Z"), codelists: [list])

let rssBefore = residentBytes()
let start = now(), cpuStart = cpuSeconds()
let sink = try ByteSink.file(output)
try SDMXMLWriter(version: .v2_1).write(message, to: sink)
try sink.close()
let seconds = now() - start, cpu = cpuSeconds() - cpuStart
let growth = max(residentBytes(), peakResidentBytes()) - rssBefore
let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
print("{\"codes\":\(n),\"seconds\":\(String(format: "%.3f", seconds)),\"cpuSeconds\":\(String(format: "%.3f", cpu)),\"rssGrowthBytes\":\(max(growth, 0)),\"outputBytes\":\(size),\"output\":\"\(output)\"}")
