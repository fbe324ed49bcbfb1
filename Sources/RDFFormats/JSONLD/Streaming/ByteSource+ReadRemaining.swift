extension ByteSource {
    /// Everything left, like `readAll`, but read straight into one buffer sized from `totalBytes`
    /// when the size is known (no chunk copies, no regrowth of a 100 MB array).
    func readRemaining() throws -> [UInt8] {
        guard let total = totalBytes, total > bytesRead else { return try readAll() }
        let expected = total - bytesRead
        var out = try [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < expected {
                let n = try read(into: base + count, max: expected - count)
                if n == 0 { break }
                count += n
            }
        }
        let rest = try readAll()   // a file that grew meanwhile
        if !rest.isEmpty { out.append(contentsOf: rest) }
        return out
    }
}
