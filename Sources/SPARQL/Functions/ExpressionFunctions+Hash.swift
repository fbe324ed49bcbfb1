import RDF

extension ExpressionFunctions {
    static func hashFunction(_ f: String, _ args: [Term]) throws -> Term {
        try expect(f, args, 1...1)
        let bytes = Array(try plainStringArgument(args[0], f).utf8)
        let digest: [UInt8]
        switch f {
        case "MD5": digest = MD5.digest(bytes)
        case "SHA1": digest = SHA1.digest(bytes)
        case "SHA256": digest = SHA2.sha256(bytes)
        case "SHA384": digest = SHA2.sha384(bytes)
        default: digest = SHA2.sha512(bytes)
        }
        return .string(hex(digest))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return out
    }
}
