import IncidentFacts

/// Shared wording for figures and dates on pages.
enum Formatting {
    static func casualties(_ c: Casualties?) -> String {
        guard let c else { return "–" }
        return SummaryComposer.casualtyText(c) ?? "–"
    }

    static func date(_ d: SimpleDate?) -> String { d?.longText ?? "date unknown" }

    /// 1200 → "1,200".
    static func thousands(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    /// "armed assault" → "Armed assault".
    static func sentenceCase(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// Adds `last: true` to the final element so templates can place separators.
    static func markLast(_ items: [[String: Any]]) -> [[String: Any]] {
        var items = items
        if !items.isEmpty { items[items.count - 1]["last"] = true }
        return items
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Adds `hasX: Bool` for every array value `x`, so templates can show a heading only when a
    /// list has items.
    func withListFlags() -> [String: Any] {
        var out = self
        for (key, value) in self {
            // Concrete types first: asking for a protocol conformance is much slower.
            let isEmpty: Bool
            switch value {
            case is String, is Bool: continue
            case let list as [[String: Any]]: isEmpty = list.isEmpty
            case let list as AnyArray: isEmpty = list.isEmptyArray
            default: continue
            }
            out["has" + key.prefix(1).uppercased() + key.dropFirst()] = !isEmpty
        }
        return out
    }
}

/// Any array, seen without converting it (`as? [Any]` copies every element).
protocol AnyArray {
    var isEmptyArray: Bool { get }
}

extension Array: AnyArray {
    var isEmptyArray: Bool { isEmpty }
}
