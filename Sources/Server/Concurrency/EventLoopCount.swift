#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NIOCore

/// How many NIO event loops serve: `--event-loops`, else `NIO_SINGLETON_GROUP_LOOP_COUNT`, else the
/// CPUs this process may run on (NIO's own count follows cgroup quotas but not the affinity mask,
/// so under `taskset` it would run more loops than CPUs, each preempting the others).
public enum EventLoopCount {
    /// The count to serve with when none is given.
    public static var automatic: Int {
        if let fromEnvironment = getenv("NIO_SINGLETON_GROUP_LOOP_COUNT").flatMap({ Int(String(cString: $0)) }),
           fromEnvironment > 0 {
            return fromEnvironment
        }
        return max(1, min(System.coreCount, allowedCPUs ?? System.coreCount))
    }

    /// The CPUs in this process's affinity mask, from `/proc/self/status` (nil where it cannot be read).
    public static var allowedCPUs: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return allowedCPUs(status: status)
    }

    /// The CPUs of the `Cpus_allowed:` mask (hexadecimal words separated by commas) of a
    /// `/proc/<pid>/status` text.
    static func allowedCPUs(status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed:") {
            var count = 0
            for c in line.dropFirst("Cpus_allowed:".count) where c != "," && c != " " && c != "\t" {
                guard let nibble = c.hexDigitValue else { return nil }
                count += nibble.nonzeroBitCount
            }
            return count > 0 ? count : nil
        }
        return nil
    }

    /// Sizes NIO's singleton event-loop group (which Hummingbird serves on): `count`, else `automatic`.
    /// Call once, before anything uses NIO (NIO stops the process if the group is already made).
    public static func configure(_ count: Int?) -> Int {
        let loops = count ?? automatic
        NIOSingletons.groupLoopCountSuggestion = loops
        return loops
    }
}
