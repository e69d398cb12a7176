/// The facts of the contract (docs/facts-spec.md), by the names it gives them: the keys of the
/// JSON, of front matter, of `confidence`, `evidence` and `editor_fields`.
public enum FactField: String, Sendable, CaseIterable {
    case date, location, perpetrators, killed, injured, attackers, weapons, history
    case attackType = "attack_type"
    case suicide
    case targetType = "target_type"
    case claimedBy = "claimed_by"
    case duration
    case durationMinutes = "duration_minutes"

    /// The facts that hold one value each, in contract order. Everything the program does with
    /// one of them (JSON, CSV, front matter, the caches, merging, the brief's row, the editor's
    /// marks) follows from its entry here: a new fact of this kind is a stored field in
    /// `FactSheet.Fields`, a case above, an entry here and the extractor that finds it.
    public static let singleValued: [SingleValuedFact] = [
        SingleValuedFact(
            .attackType, .text(\.attackType), label: "Attack type", row: .kind, shown: .sentenceCase, merged: .byVote,
            reviewable: true),
        SingleValuedFact(.suicide, .flag(\.suicide), label: "Suicide attack", row: .details, merged: .trueInAnyReport),
        SingleValuedFact(
            .targetType, .text(\.targetType), label: "Target", row: .kind, shown: .sentenceCase, merged: .byVote,
            reviewable: true),
        // Shown in the brief's responsibility rows, with the groups.
        SingleValuedFact(
            .claimedBy, .text(\.claimedBy), label: "Claimed by", row: nil, merged: .byVote, reviewable: true),
        SingleValuedFact(.duration, .text(\.duration), label: "Duration", row: .details, merged: .fromLatestReport),
        // For sorting and sums in the JSON and CSV; the brief's Duration row words it.
        SingleValuedFact(
            .durationMinutes, .count(\.durationMinutes), label: "Duration in minutes", row: nil,
            merged: .fromLatestReport),
    ]

    /// The entry of a single-valued fact, by contract name.
    public static func singleValued(named name: String) -> SingleValuedFact? {
        singleValuedByName[name]
    }

    private static let singleValuedByName = Dictionary(
        uniqueKeysWithValues: singleValued.map { ($0.field.rawValue, $0) })

    /// Facts an editor may mark as checked (`reviewed:` in front matter): those given a confidence.
    public static let reviewable: [FactField] =
        [.date, .location, .perpetrators, .killed, .injured, .attackers, .weapons]
        + singleValued.filter { $0.reviewable }.map { $0.field }
}

/// A fact with one value (a word, yes or no, a number), and how the program treats it.
public struct SingleValuedFact: Sendable {
    public let field: FactField
    /// Where the value is kept.
    public let path: ValuePath
    /// What a reader sees beside the value: the row of the brief's facts table, `sitrep facts`.
    public let label: String
    /// Where the brief shows its row; nil when other rows show the fact.
    public let row: Row?
    /// How the brief writes the value.
    public let shown: Shown
    /// Which value an incident told by several reports takes.
    public let merged: Merging
    /// Given a confidence, so an editor may mark it checked.
    public let reviewable: Bool
    /// Where the value lies in `FactSheet.Fields`, for reading it in place (`FactSheet.read`).
    let offset: Int?

    public enum ValuePath: Sendable {
        case text(any WritableKeyPath<FactSheet.Fields, String?> & Sendable)
        case flag(any WritableKeyPath<FactSheet.Fields, Bool?> & Sendable)
        case count(any WritableKeyPath<FactSheet.Fields, Int?> & Sendable)
    }

    public enum Row: Sendable {
        /// With the date and place: what kind of attack on what.
        case kind
        /// After the figures and weapons.
        case details
    }

    public enum Shown: Sendable {
        /// As the article (or the contract's value set) words it.
        case asWritten
        /// The contract's lower-case value with a capital: "Armed assault".
        case sentenceCase
    }

    public enum Merging: Sendable {
        /// The value most reports give, the latest breaking a tie.
        case byVote
        /// The latest report that gives one.
        case fromLatestReport
        /// Yes when any report says yes (a later report may only learn more), else by vote.
        case trueInAnyReport
    }

    init(
        _ field: FactField, _ path: ValuePath, label: String, row: Row?, shown: Shown = .asWritten,
        merged: Merging, reviewable: Bool = false
    ) {
        self.field = field
        self.path = path
        self.label = label
        self.row = row
        self.shown = shown
        self.merged = merged
        self.reviewable = reviewable
        offset =
            switch path {
            case .text(let path): MemoryLayout<FactSheet.Fields>.offset(of: path)
            case .flag(let path): MemoryLayout<FactSheet.Fields>.offset(of: path)
            case .count(let path): MemoryLayout<FactSheet.Fields>.offset(of: path)
            }
    }

    /// The value in `facts`, nil when the fact is not known.
    public func value(in facts: FactSheet) -> FactValue? {
        switch path {
        case .text(let path): facts.read(path, at: offset).map(FactValue.text)
        case .flag(let path): facts.read(path, at: offset).map(FactValue.flag)
        case .count(let path): facts.read(path, at: offset).map(FactValue.count)
        }
    }

    /// Sets the value in `facts`; a value of another kind than the fact's is ignored.
    public func set(_ value: FactValue?, in facts: inout FactSheet) {
        switch (path, value) {
        case (.text(let path), .text(let text)): facts[dynamicMember: path] = text
        case (.flag(let path), .flag(let flag)): facts[dynamicMember: path] = flag
        case (.count(let path), .count(let count)): facts[dynamicMember: path] = count
        case (.text(let path), nil): facts[dynamicMember: path] = nil
        case (.flag(let path), nil): facts[dynamicMember: path] = nil
        case (.count(let path), nil): facts[dynamicMember: path] = nil
        default: break
        }
    }

    /// The value an incident told by `reports` takes.
    public func merge(_ reports: [FactSheet]) -> FactValue? {
        let values = reports.map { value(in: $0) }
        switch merged {
        case .byVote: return Voting.mostCommon(values)
        case .fromLatestReport: return values.reversed().compactMap { $0 }.first
        case .trueInAnyReport: return values.contains(.flag(true)) ? .flag(true) : Voting.mostCommon(values)
        }
    }
}

/// The value of a single-valued fact.
public enum FactValue: Sendable, Hashable {
    case text(String)
    case flag(Bool)
    case count(Int)

    /// As JSON, CSV and comparisons write it: the text, `true`/`false`, the number.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .count(let count): String(count)
        }
    }

    public var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .flag(let flag): .bool(flag)
        case .count(let count): .int(count)
        }
    }

}

/// How reports of one attack settle a value they give differently.
package enum Voting {
    /// The most common value; the latest wins a tie.
    package static func mostCommon<T: Hashable>(_ values: [T?]) -> T? {
        var counts: [T: (count: Int, last: Int)] = [:]
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            counts[value] = ((counts[value]?.count ?? 0) + 1, i)
        }
        return counts.max { a, b in (a.value.count, a.value.last) < (b.value.count, b.value.last) }?.key
    }
}

/// The confidence and evidence of a fact sheet are keyed by contract name (as the JSON shows
/// them); code names the fact itself.
extension Dictionary where Key == String {
    public subscript(_ field: FactField) -> Value? {
        get { self[field.rawValue] }
        set { self[field.rawValue] = newValue }
    }
}
