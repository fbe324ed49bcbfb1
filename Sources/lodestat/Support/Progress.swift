#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error, shown only on a terminal.
final class ProgressLine {
    private let label: String
    private let enabled: Bool
    private let start = monotonicSeconds()
    private var lastDraw = 0.0

    init(_ label: String, enabled: Bool = standardErrorIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws the line: a bar when the fraction done is known, then the count and the rate.
    func update(_ count: Int, done: Int? = nil, total: Int? = nil) {
        guard enabled else { return }
        let now = monotonicSeconds()
        if now - lastDraw < 0.1 { return }
        lastDraw = now
        let rate = Double(count) / max(now - start, 1e-9)
        var bar = ""
        if let done, let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let filled = Int(fraction * 30)
            bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
                + String(Int(fraction * 100)) + "% "
        }
        writeAll(fd: 2, Array("\r\u{1B}[2K\(label) \(bar)\(count.formatted) quads, \(Int(rate).formatted)/s".utf8))
    }

    func finish() {
        guard enabled else { return }
        writeAll(fd: 2, Array("\r\u{1B}[2K".utf8))
    }
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Peak resident set size of this process in bytes (VmHWM), if known.
func peakResidentBytes() -> Int? {
    guard let f = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(cString: line)
        if s.hasPrefix("VmHWM:") {
            let digits = s.filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
    }
    return nil
}

extension Int {
    /// The number with thin thousands separators (1,234,567).
    var formatted: String {
        let s = String(self.magnitude)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
