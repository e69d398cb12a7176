import Foundation

/// Classifies the attack: its type, whether it was a suicide attack, and what was targeted.
enum AttackClassifier {
    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        let current = analysis.currentSentences
        let text = current.map(\.sentence.lower).joined(separator: " ")
        func count(_ phrases: [String]) -> Int {
            phrases.reduce(0) { total, phrase in total + occurrences(of: phrase, in: text) }
        }
        let suicidePhrases = [
            "suicide bomb", "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings", "suicide attack", "suicide vest", "blew himself up", "blew themselves up", "suicide mission",
            "suicide blast", "suicide jacket", "killed himself", "shot himself", "took his own life", "suicide attacker",
            "detonated his", "detonated their", "fidayeen", "suicide car", "suicide vehicle", "suicide truck", "suicide squad", "self-inflicted",
        ]
        let suicide = count(suicidePhrases) > 0
        facts.suicide = suicide
        if suicide, let s = current.first(where: { $0.sentence.mentions(suicidePhrases) }) {
            facts.addEvidence("suicide", s.sentence)
        }
        let categories = Set(facts.weapons.map(\.category))
        let hostage = count(["hostage", "hostages", "held captive", "taken captive"])
        let assault = count(["stormed", "storming", "gunmen", "opened fire", "gunbattle", "gunfight", "shooting", "shot dead",
                             "gunman", "attackers", "assailants", "militants", "terrorists", "fighters", "raided"])
        let bombed = count(["bomb", "bombs", "blast", "blasts", "explosion", "explosions", "exploded", "detonated", "blew"])
        let suicideBombing = count(["suicide bomb", "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings",
                                    "suicide attack", "suicide blast", "blew himself", "suicide attacker", "detonated his",
                                    "suicide car", "suicide vehicle", "suicide truck"]) > 0
        let ladenVehicle = count(["laden", "car bomb", "truck bomb", "vehicle-borne", "vbied", "loaded with explosives",
                                  "packed with explosives", "filled with explosives", "suicide car", "suicide vehicle"]) > 0
        let type: String?
        if categories.contains("vehicle") && !ladenVehicle {
            type = "vehicle ramming"
        } else if hostage >= 2 || hostage >= 1 && count(["siege", "standoff", "stand-off"]) >= 1 && count(["held", "taken", "took"]) >= 1 {
            type = "siege/hostage"
        } else if categories.contains("firearms") && assault >= 2 && !(suicideBombing && bombed > assault) {
            type = "armed assault"
        } else if categories.contains("explosives") && (bombed > 0 || suicideBombing) {
            type = suicideBombing ? "suicide bombing" : "bombing"
        } else if categories.contains("firearms") {
            type = "armed assault"
        } else if categories.contains("melee") {
            type = "stabbing"
        } else if categories.contains("incendiary") {
            type = "arson"
        } else if count(["kidnapped", "abducted", "kidnapping"]) > 0 {
            type = "kidnapping"
        } else if count(["assassinated", "assassination"]) > 0 {
            type = "assassination"
        } else {
            type = nil
        }
        facts.attackType = type
        facts.targetType = target(analysis)
    }

    /// Target categories with the words that signal them; earlier entries win ties.
    static let targets: [(type: String, words: [String])] = [
        ("police", ["police station", "police headquarters", "police office", "police lines", "police chief", "asf", "airports security force", "police training",
                    "policemen", "police officers", "police compound", "police post", "police academy", "constabulary",
                    "crpf", "police convoy", "police personnel", "security forces", "rangers", "police force", "police facility"]),
        ("military", ["army", "military", "naval", "air base", "airbase", "soldiers", "troops", "cantonment",
                      "garrison", "navy", "barracks", "military base"]),
        ("education", ["school", "university", "college", "students", "schoolchildren", "pupils", "campus"]),
        ("diplomatic", ["embassy", "embassies", "consulate", "diplomatic", "diplomats"]),
        ("transport", ["airport", "bus station", "railway", "train", "metro", "subway", "terminal", "airline", "aircraft"]),
        ("religious", ["church", "churches", "mosque", "mosques", "synagogue", "temple", "shrine", "worshippers",
                       "worshipers", "congregation", "mass", "prayers", "cathedral", "imambargah"]),
        ("tourists", ["tourists", "tourist", "holidaymakers", "sightseers"]),
        ("business", ["hotel", "hotels", "office complex", "bank", "company", "business"]),
        ("government", ["parliament", "ministry", "government office", "government building", "courthouse", "officials"]),
        ("media", ["newspaper", "journalists", "television station", "magazine"]),
        ("infrastructure", ["pipeline", "power station", "power plant", "electricity", "gas plant"]),
        ("civilians", ["market", "crowd", "crowds", "concert", "festival", "shoppers", "pedestrians", "cafe", "restaurant",
                       "mall", "park", "supermarket", "grocery", "hospital", "christmas market", "promenade", "civilians",
                       "nightclub", "bar", "wedding", "stadium", "beach", "walmart", "store", "square"]),
    ]

    static func target(_ analysis: ArticleAnalysis) -> String? {
        var scores: [String: Double] = [:]
        for (offset, sentence) in analysis.currentSentences {
            let weight = analysis.weight(offset)
            for (type, words) in targets {
                for word in words {
                    let n = occurrences(of: word, in: sentence.lower)
                    if n > 0 { scores[type, default: 0] += Double(n) * weight }
                }
            }
        }
        // Security forces appear in most stories as responders, and tourists and hotels among
        // the victims and places; they need a clear lead. A police compound is police whatever
        // building in it was hit (a mosque in police lines).
        let lead = analysis.sentences.prefix(3).map(\.lower).joined(separator: " ")
        let policeSite = ["police lines", "police headquarters", "police office", "police station", "police compound", "crpf", "police training", "police post"]
        if let police = scores["police"] { scores["police"] = police * (policeSite.contains { lead.contains($0) } ? 2.5 : 0.8) }
        for (type, factor) in [("military", 0.7), ("tourists", 0.6), ("business", 0.6), ("government", 0.6)] {
            if let value = scores[type] { scores[type] = value * factor }
        }
        var best: (String, Double)?
        for (type, _) in targets {
            guard let score = scores[type], score >= 2 else { continue }
            if best == nil || score > best!.1 { best = (type, score) }
        }
        return best?.0
    }

    /// Whole-word occurrences of `phrase` in lowercased `text`.
    static func occurrences(of phrase: String, in text: String) -> Int {
        var count = 0
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
                || (text[range.upperBound] == "s" && (text.index(after: range.upperBound) == text.endIndex
                    || !text[text.index(after: range.upperBound)].isLetter))
            if beforeOK && afterOK { count += 1 }
            searchStart = range.upperBound
        }
        return count
    }
}
