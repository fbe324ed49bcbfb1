import ArgumentParser

/// The commands' one failure path: how an error from the work a command wraps ends it. Exit
/// statuses are part of the CLI's contract (docs/cli.md); each command names its path.
enum FailurePath: Sendable, Equatable {
    /// Every error is printed on standard error as it describes itself; the command exits with
    /// the status.
    case exit(Int32)
    /// As `exit`, but an argument error (`ValidationError`) passes through to the parser, which
    /// prints the usage and exits 64.
    case exitAfterUsage(Int32)
    /// Library errors are printed after `error: ` and exit 1; argument errors and exits already
    /// decided (`ValidationError`, `ExitCode`) pass through (`export sdmx|dcat`, `import sdmx`).
    case libraryErrors

    /// What to throw for `error`: the error itself when it passes through, else (after printing
    /// it) the exit.
    func handle(_ error: any Error) -> any Error {
        switch self {
        case .exit(let status):
            printError(String(describing: error))
            return ExitCode(status)
        case .exitAfterUsage(let status):
            if error is ValidationError { return error }
            printError(String(describing: error))
            return ExitCode(status)
        case .libraryErrors:
            if error is ValidationError || error is ExitCode { return error }
            printError("error: \(error)")
            return ExitCode(1)
        }
    }
}

/// Runs `body`; an error it throws ends the command along `path`.
func failing<T>(_ path: FailurePath, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw path.handle(error) }
}

/// `failing` for asynchronous work.
func failingAsync<T>(_ path: FailurePath, _ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch { throw path.handle(error) }
}

/// A file a command could not write (`cannot write PATH: reason`).
struct CannotWrite: Error, CustomStringConvertible {
    var path: String
    var error: any Error
    var description: String { "cannot write \(path): \(error)" }
}
