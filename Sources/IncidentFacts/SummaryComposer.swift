/// Composes a headline and a one-sentence summary from the facts.
public enum SummaryComposer {
    /// One headline style for every brief, naming the site or place, the kind of attack and
    /// the toll: "Karachi Police Office attack: 4 killed, 19 injured". Also an article's title when
    /// it has no headline of its own.
    public static func title(for facts: FactSheet) -> String {
        let noun = headlineNouns[facts.attackType ?? ""] ?? "attack"
        let location = facts.location
        var title: String
        if let site = location.site {
            title = "\(site) \(noun)"
            if let city = location.city, !site.contains(city) { title += " in \(city)" }
        } else if let place = location.city ?? location.region ?? location.country {
            title = "\(place) \(noun)"
        } else {
            title = noun
        }
        // "0 injured" is news in a story, not in a headline.
        let figures = [(facts.killed, "killed"), (facts.injured, "injured")].compactMap { figure, outcome in
            figure.flatMap { $0.best == 0 ? nil : casualtyText($0) }.map { "\($0) \(outcome)" }
        }
        if !figures.isEmpty { title += ": " + figures.joined(separator: ", ") }
        return title.capitalizedFirst
    }

    /// What a headline calls each attack type ("Oxa market bombing", "Ura hotel siege").
    private static let headlineNouns = [
        "bombing": "bombing", "suicide bombing": "suicide bombing", "armed assault": "attack",
        "siege/hostage": "siege", "assassination": "assassination", "vehicle ramming": "ramming attack",
        "stabbing": "stabbing", "arson": "arson attack", "kidnapping": "kidnapping", "rocket/mortar": "rocket attack",
    ]

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
            switch (named.role, named.attributedBy) {
            case ("suspected", let accuser?): sentence += " \(named.name) is suspected, according to \(accuser)."
            case ("suspected", nil): sentence += " \(named.name) is suspected."
            case (_, let accuser?):
                sentence += " \(accuser.capitalizedFirst) blamed \(named.name)."
            case (_, nil): sentence += " \(named.name) is named as responsible."
            }
        }
        return sentence
    }

    /// Who is responsible, on whose word: "Claimed by X", "Blamed on X by police", "Blamed on
    /// X" (the report's own words), "Suspected: X, according to police". `claimed`: X is the
    /// claimant, whatever the role says.
    public static func responsibility(_ group: Perpetrator, claimed: Bool = false) -> String {
        if claimed || group.role == "claimed" { return "Claimed by \(group.name)" }
        let source = group.attributedBy
        if group.role == "suspected" {
            return "Suspected: \(group.name)" + (source.map { ", according to \($0)" } ?? "")
        }
        return "Blamed on \(group.name)" + (source.map { " by \($0)" } ?? "")
    }

    /// "at least 4", "dozens", "1,200".
    public static func casualtyText(_ c: Casualties) -> String? {
        if let best = c.best { return [c.qualifier, thousands(best)].compactMap { $0 }.joined(separator: " ") }
        return c.approx
    }

    /// 1200 → "1,200".
    public static func thousands(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
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
