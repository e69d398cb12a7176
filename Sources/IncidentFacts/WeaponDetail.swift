/// The weapons of an attack in plain English, in the spirit of the GTD's weapon detail:
/// "Assault rifles and hand grenades". Instrument nouns only, each once (singular and plural
/// merged, a generic word dropped beside a specific one: "bomb" beside "car bomb"); the words
/// as the reports wrote them stay in the evidence.
public enum WeaponDetail {
    /// Words that name the kind, not the instrument: dropped when a specific noun of the same
    /// category is known ("explosives" beside "car bomb").
    static let generic: WordSet = [
        "explosive", "firearm", "weapon", "gun", "bullet", "explosive device", "device", "booby trap", "ammunition",
    ]
    /// Words that are no instrument of their own (ammunition): the category's noun stands in.
    static let notInstruments: WordSet = ["bullet", "ammunition", "round", "shell casing"]
    /// Spellings that read better expanded or with their capitals (model names such as
    /// "ak-47" get theirs from `modelName`).
    static let spelled: [String: String] = [
        "ied": "improvised explosive device", "ieds": "improvised explosive devices", "tnt": "TNT",
        "kalashnikov": "Kalashnikov rifle", "kalashnikovs": "Kalashnikov rifles", "booby-trapped": "booby trap",
    ]

    /// A weapon's model name in capitals, a rifle when the text says no more: "ak-47" → "AK-47
    /// rifle", "m-16 rifles" → "M-16 rifles"; other words as they are.
    static func modelName(_ word: String) -> String {
        var words = word.split(separator: " ").map(String.init)
        guard let first = words.first, first.contains("-"), first.contains(where: \.isNumber),
            first.contains(where: \.isLetter)
        else { return word }
        let plural = first.hasSuffix("s") && first.last?.isLetter == true
        words[0] = (plural ? String(first.dropLast()) : first).uppercased()
        if words.count == 1 { words.append(plural ? "rifles" : "rifle") }
        return words.joined(separator: " ")
    }
    /// What a category reads as when no report names an instrument ("opened fire").
    static let categoryNoun: [String: String] = [
        "firearms": "firearms", "explosives": "explosives", "incendiary": "incendiary devices",
        "melee": "bladed weapons", "vehicle": "a vehicle", "chemical": "a chemical agent",
    ]
    /// Nouns that take "an" ("an explosive vest"); others take "a".
    /// A model name is read letter by letter ("an M-16", "an AK-47", "a G-3").
    private static func article(_ noun: String) -> String {
        guard let first = noun.first else { return "a" }
        if first.isUppercase, noun.dropFirst().first.map({ $0 == "-" || $0.isUppercase }) == true {
            return "AEFHILMNORSX".contains(first) ? "an" : "a"
        }
        return "aeio".contains(first.lowercased()) && !noun.hasPrefix("one") ? "an" : "a"
    }

    /// What the reports name of an attack's weapons, worked out in one pass: a brief shows the
    /// phrase twice (its facts table and its account) and asks whether instruments are named.
    public struct Detail: Sendable {
        /// "assault rifles and hand grenades", to go inside a sentence; nil with no weapons.
        public let list: String?
        /// True when some report names an instrument, not only a kind of weapon ("opened fire").
        public let namesInstruments: Bool
        /// "Assault rifles and hand grenades".
        public var sentence: String? { list.map { $0.capitalizedFirst } }
    }

    public static func detail(_ weapons: [Weapon]) -> Detail {
        var phrases: [String] = []
        var namesInstruments = false
        for weapon in weapons {
            let nouns = instruments(weapon.words)
            if nouns.isEmpty {
                if let noun = categoryNoun[weapon.category], !phrases.contains(noun) { phrases.append(noun) }
            } else {
                namesInstruments = true
                phrases += nouns.filter { !phrases.contains($0) }
            }
        }
        guard !phrases.isEmpty else { return Detail(list: nil, namesInstruments: namesInstruments) }
        let list =
            phrases.count == 1
            ? phrases[0] : phrases.dropLast().joined(separator: ", ") + " and " + phrases[phrases.count - 1]
        return Detail(list: list, namesInstruments: namesInstruments)
    }

    /// "Assault rifles and hand grenades", or nil when there are no weapons to name.
    public static func sentence(_ weapons: [Weapon]) -> String? { detail(weapons).sentence }

    /// "assault rifles and hand grenades", to go inside a sentence.
    public static func list(_ weapons: [Weapon]) -> String? { detail(weapons).list }

    /// The instrument nouns of one category's words, in the order first written: each once,
    /// plural when a report wrote it so, generic words only when nothing specific is left.
    static func instruments(_ words: [String]) -> [String] {
        var order: [String] = []  // singular keys, first seen first
        var writtenPlural: Set<String> = []
        for raw in words {
            let word = spelled[raw.lowercased()] ?? modelName(raw.lowercased())
            let (key, isPlural) = singular(word)
            if !order.contains(key) { order.append(key) }
            if isPlural { writtenPlural.insert(key) }
        }
        // "bomb" beside "car bomb", "rifle" beside "assault rifle": the longer says more.
        var kept = order.filter { key in !order.contains { $0 != key && $0.hasSuffix(" " + key) } }
        if kept.contains(where: { !generic.contains($0) }) { kept = kept.filter { !generic.contains($0) } }
        kept = kept.filter { !notInstruments.contains($0) }
        return kept.map { key in
            if writtenPlural.contains(key) { return plural(of: key) }
            if key == "TNT" || key == "gasoline" || key == "petrol" || key == "explosive" || key == "acid" {
                return key == "explosive" ? "explosives" : key
            }
            return "\(article(key)) \(key)"
        }
    }

    /// The singular of a noun phrase and whether it was plural: "hand grenades" → "hand
    /// grenade", "knives" → "knife".
    static func singular(_ phrase: String) -> (String, Bool) {
        let words = phrase.split(separator: " ").map(String.init)
        guard var last = words.last else { return (phrase, false) }
        var isPlural = false
        if last.hasSuffix("ives"), last != "explosives" {
            last = String(last.dropLast(3)) + "fe"
            isPlural = true
        } else if last.hasSuffix("xes") || last.hasSuffix("ches") || last.hasSuffix("shes") {
            last = String(last.dropLast(2))
            isPlural = true
            if last == "ax" { last = "axe" }
        } else if last.hasSuffix("s"), !last.hasSuffix("ss"), last.count > 3 {
            last = String(last.dropLast())
            isPlural = true
        }
        return ((words.dropLast() + [last]).joined(separator: " "), isPlural)
    }

    /// The plural of a singular noun phrase: "knife" → "knives", "axe" → "axes".
    static func plural(of phrase: String) -> String {
        if phrase.hasSuffix("fe") { return String(phrase.dropLast(2)) + "ves" }
        if phrase.hasSuffix("ch") || phrase.hasSuffix("sh") || phrase.hasSuffix("x") { return phrase + "es" }
        return phrase + "s"
    }
}
