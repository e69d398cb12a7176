/// Composes a headline and a one-sentence summary from the facts.
public enum SummaryComposer {
    /// A headline for an article that has none: "Armed assault in Karachi: 4 killed".
    public static func title(for facts: FactSheet) -> String {
        let what = (facts.attackType ?? "attack").capitalizedFirst
        var title = what
        if let place = facts.location.city ?? facts.location.country { title += " in \(place)" }
        if let killed = facts.killed, let text = casualtyText(killed) { title += ": \(text) killed" }
        return title
    }

    /// "An armed assault on the Karachi Police Office in Karachi, Pakistan, on 17 February 2023
    /// killed at least 4 people and injured 19. Tehreek-e-Taliban Pakistan claimed responsibility."
    public static func summary(for facts: FactSheet) -> String {
        guard facts.isIncident else {
            if let recalled = facts.history.first, let year = recalled.year {
                return
                    "Not a report of a new attack; recalls the \(year) attack\(recalled.place.map { " in \($0)" } ?? "")."
            }
            return "Not a report of a specific attack."
        }
        let type = facts.attackType ?? "attack"
        var sentence = (startsWithVowel(type) ? "An " : "A ") + type
        if let site = facts.location.site { sentence += " on \(site)" }
        let place = [facts.location.city, facts.location.country].compactMap { $0 }
        if !place.isEmpty { sentence += " in " + place.joined(separator: ", ") }
        if let date = facts.date { sentence += " on \(date.longText)" }
        var outcomes: [String] = []
        if let killed = facts.killed, let text = casualtyText(killed) { outcomes.append("killed \(text)") }
        if let injured = facts.injured, let text = casualtyText(injured) { outcomes.append("injured \(text)") }
        if outcomes.isEmpty {
            sentence += "."
        } else {
            sentence += " " + outcomes.joined(separator: " and ") + "."
        }
        if let claimant = facts.claimedBy {
            sentence += " \(claimant) claimed responsibility."
        } else if let named = facts.perpetrators.first {
            sentence +=
                named.role == "suspected" ? " \(named.name) is suspected." : " \(named.name) is named as responsible."
        }
        return sentence
    }

    /// "at least 4", "dozens", "19".
    public static func casualtyText(_ c: Casualties) -> String? {
        if let best = c.best { return [c.qualifier, String(best)].compactMap { $0 }.joined(separator: " ") }
        return c.approx
    }

    private static func startsWithVowel(_ s: String) -> Bool {
        guard let f = s.first else { return false }
        return "aeiou".contains(f)
    }
}

extension String {
    /// The string with its first letter uppercased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
