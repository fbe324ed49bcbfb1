import Foundation
import FuzzHarness

#if LODESTAT_FUZZ

/// The target named by `LODESTAT_FUZZ_TARGET`, read once (libFuzzer owns the command line).
private let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["LODESTAT_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("lodestat-fuzz: set LODESTAT_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point (built with `-sanitize=fuzzer -DLODESTAT_FUZZ`; libFuzzer supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    selectedTarget.run(UnsafeRawBufferPointer(start: count == 0 ? nil : start, count: count))
    return 0
}

/// libFuzzer's driver, for when SwiftPM routes `main` to this module's entry point (debug builds
/// link executables with `main` = `lodestat_fuzz_main` so tests can import them).
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt

@_cdecl("lodestat_fuzz_main")
public func lodestatFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { start, count in fuzzTestOneInput(start, count) }
}
#else
/// Without the fuzzer: `lodestat-fuzz TARGET PATH...` replays files and directories through a
/// target, the way a finding is reproduced without a sanitizer build.
@main
struct CorpusReplayer {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count >= 2 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            print("usage: lodestat-fuzz TARGET PATH...   (TARGET: \(names))")
            exit(2)
        }
        do {
            let count = try CorpusReplay.replay(Array(arguments.dropFirst()), through: target)
            print("\(target.rawValue): replayed \(count) inputs, no crash")
        } catch {
            print("lodestat-fuzz: \(error)")
            exit(1)
        }
    }
}
#endif
