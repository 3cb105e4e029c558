import PilarCore

/// The text operators `ends_with`, `like` and `~=`, bound as calls of these declarations
/// (not listed in `ScalarFunction.all`: they are written as operators, and `.help` and
/// grammar.md describe them there). Like `contains` and `starts_with` they ignore case,
/// read references as their code and enum values as their text, and give null for null.
enum TextMatch {
    static let endsWith = operatorFunction("ends_with") { text, suffix in text.hasSuffix(suffix) }
    static let equalIgnoringCase = operatorFunction("~=") { a, b in a == b }
    static let like = operatorFunction("like") { text, pattern in matches(Array(text), pattern: Array(pattern)) }

    private static func operatorFunction(_ name: String, _ test: @escaping @Sendable (String, String) -> Bool) -> ScalarFunction {
        ScalarFunction(name, signature: "a \(name) b", arity: 2...2, help: "", examples: [],
                       type: { _ throws(TypeProblem) in .bool },
                       implementation: { call throws(Diagnostic) in
                           let a = try call.argument(0)
                           let b = try call.argument(1)
                           if a.isNull || b.isNull { return .null }
                           return .bool(test(call.order.text(a).lowercased(), call.order.text(b).lowercased()))
                       })
    }

    /// SQL LIKE: `%` is any run of characters (also none), `_` exactly one; the whole text
    /// must match. Greedy with one backtrack point, so linear in practice and never
    /// exponential.
    static func matches(_ text: [Character], pattern: [Character]) -> Bool {
        var t = 0
        var p = 0
        var starPattern = -1
        var starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "_" || (pattern[p] != "%" && pattern[p] == text[t]) {
                t += 1
                p += 1
            } else if p < pattern.count, pattern[p] == "%" {
                starPattern = p
                starText = t
                p += 1
            } else if starPattern >= 0 {
                starText += 1
                t = starText
                p = starPattern + 1
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "%" { p += 1 }
        return p == pattern.count
    }
}
