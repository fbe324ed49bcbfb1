import Testing
@testable import SPARQL

/// The simple matcher must answer exactly as ICU does (through `XPathRegex`) wherever it is used.
@Suite struct CompiledRegexTests {
    static let patterns = [
        "^Health 3[0-4]+$", "abc", "^abc", "abc$", "^$", "", "a.c", "a*b", "a+b?c{2}", "x{2,}", "x{1,3}y",
        "[^a-z]", "[a-z-]", "[-x]", "\\d+", "^\\D", "\\.\\$", "é", "^santé", "[à-ÿ]+", "s", "k", "i", "SS",
        "\\^", "a\\-b", "[\\]]", "ab|cd", "(ab)+", "a*?", "\\w", "[a-c-e]", "x\\n", "^.+$", "Ω", "[Ss]ant",
    ]
    static let texts = [
        "Health 31", "health 3401", "HEALTH 35", "Health 3", "abc", "xabcx", "ABC", "", "aXc", "a\nc", "aab",
        "aabcc", "xxx", "xy", "Z", "-", "12", "٣٤", "a.$", "santé", "Santé 12", "SANTÉ", "ÀÉÎ", "\u{212A}",
        "\u{017F}", "ß", "ı", "İ", "^", "a-b", "]", "cd", "abab", "x\n", "Ωmega", "ωmega", "éé",
    ]

    @Test(arguments: ["", "i"])
    func simpleMatcherAgreesWithICU(flags: String) throws {
        for p in Self.patterns {
            let icu = try? XPathRegex(p, flags: flags)
            let compiled = try? CompiledRegex(p, flags: flags)
            #expect((icu == nil) == (compiled == nil), "validity of \(p)")
            guard let icu, let compiled else { continue }
            for t in Self.texts {
                #expect(try compiled.matches(t) == icu.matches(t), "\(p) /\(flags) on \(t.debugDescription)")
            }
        }
    }

    @Test func simpleMatcherIsUsedForSimplePatterns() {
        #expect(SimpleRegex("^Health 3[0-4]+$", flags: "i") != nil)
        #expect(SimpleRegex("\\d{2,4}", flags: "") != nil)
        #expect(SimpleRegex("(a|b)", flags: "") == nil)
        #expect(SimpleRegex("é", flags: "i") == nil)
        #expect(SimpleRegex("a", flags: "s") == nil)
    }

    @Test func runawayBacktrackingFallsBackToICU() throws {
        let re = try CompiledRegex("a*a*a*a*b", flags: "")
        #expect(try re.matches(String(repeating: "a", count: 40)) == false)
        #expect(try re.matches(String(repeating: "a", count: 40) + "b"))
    }
}
