import IncidentFacts

/// Whether two reports tell the same attack: a score from the facts they share and contradict,
/// with the reasons when asked for (`sitrep facts --explain-merge`).
///
/// Facts that rule a pair out: different countries; cities more than `nearbyKilometres` apart;
/// attack dates more than two days apart; on different days, sites with no word in common.
/// Everything else (place, day, target, group, site, a death toll in common, kind of attack)
/// adds or takes points; `joinThreshold` decides.
enum MergeJudge {
    /// Score a report needs against every report of an incident to join it.
    static let joinThreshold = 3.0
    /// A report with no date joins an incident only when it fits it this much better than any
    /// other incident: two attacks in one city are otherwise a coin toss.
    static let undatedMargin = 1.5
    /// A report that falls this little short of joining an incident is a possible duplicate.
    static let nearMissMargin = 0.5
    /// Two cities this close are one place for merging: a suburb and its city (Krasnogorsk and
    /// Moscow), a town and the city beside it.
    static let nearbyKilometres = 40.0
    /// The smallest death toll that counts as a sign two reports tell one attack.
    static let distinctiveToll = 5

    /// A report's facts with what the comparisons need, worked out once per report.
    struct Key: Sendable {
        let facts: FactSheet
        let groups: Set<String>
        /// The groups with the groups they are branches of ("Islamic State Khorasan Province"
        /// and "Islamic State"): outlets name either.
        let groupFamilies: Set<String>
        let siteWords: Set<String>?
        /// Where its city lies, when the gazetteer knows.
        let position: GeoPosition?
        /// It names both guns and explosives ("gunmen shot their way in and set off car bombs"):
        /// reports of such an attack call it an assault or a bombing.
        let gunsAndBombs: Bool
        /// The attack date the text states, or else the day the report was published (the attack
        /// was on or before it).
        var day: Int? { (facts.date ?? facts.published)?.dayNumber }

        init(_ facts: FactSheet) {
            self.facts = facts
            groups = Set(facts.perpetrators.map { $0.name })
            groupFamilies = groups.union(groups.compactMap(GroupBranches.parent(of:)))
            siteWords = facts.location.site.map(MergeJudge.siteWords)
            let weapons = Set(facts.weapons.map(\.category))
            gunsAndBombs = weapons.contains("firearms") && weapons.contains("explosives")
            position = facts.location.city.flatMap { city in
                facts.location.country.flatMap { Geography.position(of: city, in: $0) }
            }
        }
    }

    /// How well two reports fit one attack. `reasons`, when not nil, receives each point given
    /// or taken, and the reason for a ruling out.
    static func score(_ keyA: Key, _ keyB: Key, reasons: inout [String]?) -> Double {
        let a = keyA.facts, b = keyB.facts
        var score = 0.0
        func add(_ points: Double, _ why: @autoclosure () -> String) {
            score += points
            reasons?.append((points >= 0 ? "+" : "") + points.formatted1 + " " + why())
        }
        func ruledOut(_ why: @autoclosure () -> String) -> Double {
            reasons?.append("apart: " + why())
            return -.infinity
        }
        if let x = a.location.country, let y = b.location.country {
            guard x == y else { return ruledOut("in \(x) and in \(y)") }
            add(0.5, "both in \(x)")
        }
        if let x = a.location.city, let y = b.location.city {
            if x == y {
                add(2, "both in \(x)")
            } else if let here = keyA.position, let there = keyB.position,
                case let km = here.kilometres(to: there), km <= nearbyKilometres
            {
                add(1.5, "\(x) is \(Int(km.rounded())) km from \(y)")
            } else if keyA.position == nil || keyB.position == nil, let region = a.location.region,
                region == b.location.region
            {
                // A town the gazetteer lacks carries the region of the city it lies by
                // ("Arrigorriaga, near Bilbao"): same region, no distance to rule it out.
                add(1, "\(x) and \(y) both in \(region)")
            } else {
                return ruledOut("in \(x) and in \(y)")
            }
        } else if let region = a.location.region, region == b.location.region {
            // One report names the town, the other only its province ("Yala" and "Yala Province").
            add(1, "both in \(region)")
        }
        // "The death toll from Sunday's attack has jumped", in a report of Tuesday's: a report
        // that recalls the other's attack as an earlier one tells another attack.
        if recallsAsEarlier(a, b) || recallsAsEarlier(b, a) {
            return ruledOut("one report recalls the other's attack day as an earlier attack")
        }
        if let x = a.date, let y = b.date {
            let gap = abs(x.dayNumber - y.dayNumber)
            guard gap <= 2 else { return ruledOut("attack dates \(x.iso) and \(y.iso)") }
            if gap > 0, let sitesA = keyA.siteWords, let sitesB = keyB.siteWords, sitesA.isDisjoint(with: sitesB) {
                return ruledOut("different sites on different days")
            }
            add([2, 1.5, 1][gap], gap == 0 ? "same attack date" : "attack dates \(gap) day(s) apart")
        } else if let x = a.date ?? a.published, let y = b.date ?? b.published {
            let gap = abs(x.dayNumber - y.dayNumber)
            guard gap <= 4 else { return ruledOut("dated \(x.iso) and \(y.iso)") }
            add(1, (gap == 0 ? "same day" : "\(gap) day(s) apart") + " (one dated by publication)")
        }
        if let x = a.targetType, let y = b.targetType {
            if x == y {
                add(1, "both target \(x)")
            } else if !Self.generalTargets.contains(x) && !Self.generalTargets.contains(y)
                && !isDoubtful(.targetType, a) && !isDoubtful(.targetType, b)
            {
                add(-1, "targets \(x) and \(y)")
            }
        }
        if !keyA.groups.isEmpty && !keyB.groups.isEmpty {
            if !keyA.groups.isDisjoint(with: keyB.groups) {
                add(1, "a group in common")
            } else if !keyA.groupFamilies.isDisjoint(with: keyB.groupFamilies) {
                add(1, "a group and its branch")
            } else {
                add(-2, "different groups")
            }
        }
        if let x = keyA.siteWords, let y = keyB.siteWords {
            let shared = x.intersection(y)
            if !shared.isEmpty {
                add(min(2, Double(shared.count)), "site words in common: " + shared.sorted().joined(separator: ", "))
            }
        }
        // A death toll both state, and not a small one that many attacks share: reports of one
        // attack repeat its figures (a toll that differs proves nothing: tolls rise as bodies
        // are found).
        if let shared = sharedToll(keyA, keyB) { add(1, "both state \(shared) killed") }
        if let shared = sharedAttackerCount(keyA, keyB) { add(1, "both count \(shared) attackers") }
        if let x = a.attackType, let y = b.attackType {
            if x == y {
                add(0.5, "both \(x)")
            } else if let fx = family(x), let fy = family(y), fx != fy {
                // Guns and explosives together are called an assault or a bombing, not a rocket attack.
                let gunsAndBombs = (keyA.gunsAndBombs || keyB.gunsAndBombs) && Set([fx, fy]) == [0, 2]
                if !gunsAndBombs {
                    // Without a date on both sides, nothing else tells two attacks in one city apart.
                    if a.date == nil || b.date == nil { return ruledOut("\(x) and \(y), one of them undated") }
                    add(-1, "\(x) and \(y)")
                }
            }
        }
        return score
    }

    /// True when `report`, dated another day, recalls an attack on `other`'s day in no other
    /// city than `other`'s.
    static func recallsAsEarlier(_ report: FactSheet, _ other: FactSheet) -> Bool {
        guard let day = other.date, let own = report.date, own != day else { return false }
        return report.history.contains { entry in
            entry.day == day && (entry.place == nil || entry.place == other.location.city)
        }
    }

    /// Attacker counts from this size on are rare enough to tell an attack (one or two
    /// attackers are most attacks).
    static let distinctiveAttackers = 4

    /// "ten gunmen", counted alike in both: a band that size is as telling as a toll.
    static func sharedAttackerCount(_ a: Key, _ b: Key) -> Int? {
        guard let x = a.facts.attackers.count, x >= distinctiveAttackers, x == b.facts.attackers.count else {
            return nil
        }
        return x
    }

    /// The largest death toll both reports state, when it is distinctive (5 or more: small
    /// tolls are shared by many attacks in one city).
    static func sharedToll(_ a: Key, _ b: Key) -> Int? {
        guard let x = a.facts.killed?.stated, let y = b.facts.killed?.stated else { return nil }
        return Set(x).intersection(y).filter { $0 >= distinctiveToll }.max()
    }

    /// A fact the extractor itself doubts (another value came close) does not count against a
    /// merge: the two reports may well agree on it.
    private static func isDoubtful(_ field: FactField, _ facts: FactSheet) -> Bool {
        facts.confidence[field]?.level == .low
    }

    /// Target types that do not contradict a more specific one: tourists, shoppers and
    /// worshippers are civilians too.
    private static let generalTargets: Set<String> = ["civilians", "other"]

    /// Score without reasons.
    static func score(_ a: Key, _ b: Key) -> Double {
        var none: [String]? = nil
        return score(a, b, reasons: &none)
    }

    /// Attack types that reports of one attack use for each other: a bomb attack is called a
    /// bombing or a suicide bombing; gunmen, knives, a truck or a siege an assault of some kind.
    /// (An assassination or "other" can be done either way.)
    private static func family(_ attackType: String) -> Int? {
        switch attackType {
        case "bombing", "suicide bombing": return 0
        case "rocket/mortar": return 1
        case "assassination", "other": return nil
        default: return 2
        }
    }

    /// Distinctive words of a site name ("karachi", "police", "office").
    static func siteWords(_ site: String) -> Set<String> {
        let stop: Set<String> = ["the", "of", "a", "and", "in", "on", "at", "'s", "near"]
        return Set(
            site.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter {
                !stop.contains($0) && $0.count > 2
            })
    }
}

extension Double {
    /// "1.5", "2", "-1": a score as people write it.
    var formatted1: String {
        self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10)
    }
}
