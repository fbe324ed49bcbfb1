import Foundation

/// A compiled `sh:pattern` with its `sh:flags` (XPath flags s, m, i, x, q).
/// `@unchecked Sendable`: NSRegularExpression is immutable once built and documented as safe
/// to use from several threads.
public struct ShaclPattern: @unchecked Sendable {
    public let source: String
    public let flags: String
    private let regex: NSRegularExpression

    /// - Throws: `CatalogError.invalidShape` when the pattern or the flags are not valid.
    init(_ source: String, flags: String, shape: String) throws {
        var options: NSRegularExpression.Options = []
        for f in flags {
            switch f {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": options.insert(.ignoreMetacharacters)
            default: throw CatalogError.invalidShape(shape: shape, reason: "unknown sh:flags letter \"\(f)\"")
            }
        }
        do {
            regex = try NSRegularExpression(pattern: source, options: options)
        } catch {
            throw CatalogError.invalidShape(shape: shape, reason: "invalid sh:pattern \"\(source)\"")
        }
        self.source = source
        self.flags = flags
    }

    /// XPath `fn:matches`: true when the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
