import Foundation

/// Runs external tools (xmllint, Python clients, shell scripts) for the tests that check Lodestat's
/// output with real third-party software.
public enum ExternalProcess {
    /// Runs `executable` (looked up on PATH) with `arguments`, `environment` added to this
    /// process's; standard output and error merged. Throws when the tool cannot be started.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           in directory: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `run`, or nil when the tool cannot be started.
    public static func runIfPresent(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        try? run(executable, arguments)
    }

    /// Runs `body` (a blocking wait on a child process) on a Dispatch thread, off Swift's cooperative
    /// pool: a test waiting minutes for a script must not starve the other tests running beside it
    /// (the pool has one thread per core — two here).
    public static func detached<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
