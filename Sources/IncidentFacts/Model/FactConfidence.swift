/// How sure the extractor is of one fact, and why: how the fact was found and whether the
/// article agrees with itself. A reader or an editor sees at once which facts to check.
public struct FactConfidence: Sendable, Equatable {
    public enum Level: String, Sendable, Comparable, CaseIterable {
        case low, medium, high

        public static func < (a: Level, b: Level) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var level: Level
    /// How the fact was found, in a few words: "a claim of responsibility", "totals differ".
    public var basis: String

    public init(_ level: Level, _ basis: String) {
        self.level = level
        self.basis = basis
    }

    /// A fact the editor set in front matter.
    public static let editor = FactConfidence(.high, "set by the editor")
    /// A fact the editor checked and kept (`reviewed:` in front matter).
    public static let reviewed = FactConfidence(.high, "checked by the editor")

    /// Too unsure to publish as fact without an editor's look: the brief marks it.
    public var needsReview: Bool { level == .low }

    /// `{"level": "high", "basis": "..."}`.
    public func json() -> JSONValue {
        .object([("level", .string(level.rawValue)), ("basis", .string(basis))])
    }
}

extension FactSheet {
    /// The value of the fact named `key` as text, for telling whether two reports agree on it.
    public func comparableValue(of key: String) -> String? {
        switch key {
        case "date": return self.date?.iso
        case "location": return self.location.city ?? self.location.country
        case "killed": return self.killed?.best.map(String.init)
        case "injured": return self.injured?.best.map(String.init)
        case "attackers": return self.attackers.count.map(String.init)
        case "perpetrators":
            return self.perpetrators.isEmpty ? nil : self.perpetrators.map { $0.name }.sorted().joined(separator: ", ")
        case "weapons":
            return self.weapons.isEmpty ? nil : self.weapons.map { $0.category }.sorted().joined(separator: ", ")
        default: return FactField.singleValued(named: key)?.value(in: self)?.plain
        }
    }
}
