/// A place the gazetteer knows.
struct Place: Sendable, Hashable {
    enum Kind: Int, Sendable { case country, region, city }
    let kind: Kind
    /// Common English name.
    let name: String
    /// Country name (the place itself for a country).
    let country: String
    /// First-level region, when known.
    let region: String?
    /// Population, for ranking ambiguous city names.
    let population: Int
    /// Where a city lies, when the gazetteer knows.
    var position: GeoPosition? = nil
}

/// How a place name was written.
struct PlaceName: Sendable {
    /// All places with this spelling (Hyderabad: Pakistan and India).
    let places: [Place]
    /// True when the text used a demonym ("Pakistani"), which names a country less surely.
    let isDemonym: Bool
}

/// An armed group from the hand-kept list.
struct ArmedGroup: Sendable, Hashable {
    let name: String
    let countries: [String]
}

/// The bundled table of cities, read on its own: where a city lies is all that merging needs,
/// and a rebuild with nothing to extract then builds no phrase index (a tenth of a second).
struct CityTable: Sendable {
    /// Each city with its row's field of other spellings.
    let rows: [(place: Place, aliases: String)]
    /// Cities by lowercased name.
    let byName: [String: [Place]]

    static let shared = CityTable()

    private init() {
        var rows: [(place: Place, aliases: String)] = []
        var byName: [String: [Place]] = [:]
        for line in Gazetteer.lines(of: Gazetteer.citiesTSV) {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 5 else { continue }
            let place = Place(
                kind: .city, name: f[0], country: f[1], region: f[2].isEmpty ? nil : f[2], population: Int(f[3]) ?? 0,
                position: f.count > 5 ? GeoPosition(f[5]) : nil)
            rows.append((place, f[4]))
            byName[f[0].lowercased(), default: []].append(place)
        }
        (self.rows, self.byName) = (rows, byName)
    }
}

/// Bundled place and group names with their phrase indexes, loaded once.
struct Gazetteer: Sendable {
    let places: PhraseIndex<PlaceName>
    let groups: PhraseIndex<[ArmedGroup]>
    /// Countries by name.
    let countries: [String: Place]
    /// Cities by lowercased name, for the history extractor.
    let citiesByName: [String: [Place]]
    /// Each country's capital, by country name, when it is a city of the table.
    let capitals: [String: Place]
    /// Listed groups by the words of a spelling in any order, so a name found by pattern in
    /// another word order ("Islamic Great Eastern Raiders Front") is the listed group.
    let groupsByWords: [Set<String>: ArmedGroup]

    /// The words of a group's name, for `groupsByWords`: lowercased, without "the", "'s" and
    /// punctuation.
    static func nameWords<S: Sequence>(_ words: S) -> Set<String> where S.Element == String {
        Set(
            words.map { $0.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" } }.filter {
                !$0.isEmpty && $0 != "the" && $0 != "s"
            })
    }

    /// The gazetteer built from the bundled tables.
    static let shared = Gazetteer()

    /// Common English words (`CommonWordsData.swift`), for telling names from words in text
    /// written in capitals.
    static let commonWords = WordSet(
        commonWordsText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The lines of a table, split on bytes: splitting on Characters cost a noticeable part of
    /// building the gazetteer, which a rebuild that extracts one article waits for.
    static func lines(of table: String) -> [Substring] {
        table.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
    }

    /// The `|`-separated alternatives of a field.
    private static func alternatives(_ field: String) -> [String] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
    }

    /// The tab-separated fields of a line, empty ones included.
    static func fields(of line: Substring) -> [String] {
        line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    private init() {
        var names: [String: (places: [Place], demonym: Bool)] = [:]
        var countries: [String: Place] = [:]
        func add(_ spelling: String, _ place: Place, demonym: Bool = false) {
            let key = spelling.trimmingSpaces()
            guard !key.isEmpty else { return }
            // Changed in place: an entry taken out and put back would copy its list each time.
            guard let index = names.index(forKey: key) else {
                names[key] = ([place], demonym)
                return
            }
            if !names.values[index].places.contains(place) { names.values[index].places.append(place) }
            names.values[index].demonym = names.values[index].demonym && demonym
        }
        for line in Gazetteer.lines(of: Gazetteer.countriesTSV) {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 4 else { continue }
            let place = Place(kind: .country, name: f[0], country: f[0], region: nil, population: Int.max)
            countries[f[0]] = place
            add(f[0], place)
            for alias in Gazetteer.alternatives(f[2]) { add(alias, place) }
            for demonym in Gazetteer.alternatives(f[3]) { add(demonym, place, demonym: true) }
        }
        for line in Gazetteer.lines(of: Gazetteer.regionsTSV) {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 3 else { continue }
            let place = Place(kind: .region, name: f[0], country: f[1], region: f[0], population: 0)
            add(f[0], place)
            for alias in Gazetteer.alternatives(f[2]) { add(alias, place) }
        }
        for (place, aliases) in CityTable.shared.rows {
            add(place.name, place)
            for alias in Gazetteer.alternatives(aliases) { add(alias, place) }
        }
        let citiesByName = CityTable.shared.byName
        var placeIndex = PhraseIndex<PlaceName>()
        for (spelling, entry) in names.sorted(by: { $0.key < $1.key }) {
            // Prefer countries, then regions, then the most populous city, for ambiguous names.
            let sorted = entry.places.sorted {
                ($0.kind.rawValue, -$0.population, $0.name) < ($1.kind.rawValue, -$1.population, $1.name)
            }
            placeIndex.add(spelling, PlaceName(places: sorted, isDemonym: entry.demonym))
        }
        placeIndex.finish()
        var groupSpellings: [String: [ArmedGroup]] = [:]
        var groupsByWords: [Set<String>: ArmedGroup] = [:]
        for line in Gazetteer.lines(of: Gazetteer.groupsTSV) where !line.hasPrefix("#") {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 2 else { continue }
            let group = ArmedGroup(
                name: f[0], countries: f.count > 2 ? f[2].split(separator: "|").map(String.init) : [])
            for spelling in [f[0]] + f[1].split(separator: "|").map(String.init) {
                let key = spelling.trimmingSpaces()
                guard !key.isEmpty else { continue }
                if !(groupSpellings[key]?.contains(group) ?? false) { groupSpellings[key, default: []].append(group) }
                let words = Gazetteer.nameWords(key.split(separator: " ").map(String.init))
                if words.count >= 3, groupsByWords[words] == nil { groupsByWords[words] = group }
            }
        }
        var groupIndex = PhraseIndex<[ArmedGroup]>()
        for (spelling, groups) in groupSpellings.sorted(by: { $0.key < $1.key }) {
            groupIndex.add(spelling, groups)
        }
        groupIndex.finish()
        self.places = placeIndex
        self.groups = groupIndex
        self.groupsByWords = groupsByWords
        self.countries = countries
        self.citiesByName = citiesByName
        var capitals: [String: Place] = [:]
        for line in Gazetteer.lines(of: Gazetteer.countriesTSV) {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 5, !f[4].isEmpty else { continue }
            capitals[f[0]] = citiesByName[f[4].lowercased()]?.first { $0.country == f[0] }
        }
        self.capitals = capitals
    }
}

/// The gazetteer's other names for a group, so a reader searching "TTP" finds the Tehreek-e-
/// Taliban Pakistan's attacks even where no report used the abbreviation.
public enum GroupAliases {
    private static let byName: [String: [String]] = {
        var aliases: [String: [String]] = [:]
        for line in Gazetteer.lines(of: Gazetteer.groupsTSV) where !line.hasPrefix("#") {
            let f = Gazetteer.fields(of: line)
            guard f.count >= 2 else { continue }
            aliases[f[0], default: []] += f[1].split(separator: "|").map { String($0).trimmingSpaces() }
        }
        return aliases
    }()

    /// The other names of the group called `name`, or none when the gazetteer does not know it.
    public static func of(_ name: String) -> [String] { byName[name] ?? [] }

    /// Every listed group's canonical name.
    static var canonicalNames: Dictionary<String, [String]>.Keys { byName.keys }
}

/// The group a listed group is a branch of: the listed group whose name opens the branch's,
/// word for word ("Islamic State" of "Islamic State Mozambique Province"). Reports of one
/// attack may name either.
public enum GroupBranches {
    private static let parents: [String: String] = {
        let names = GroupAliases.canonicalNames
        var parents: [String: String] = [:]
        for name in names {
            let words = name.split(separator: " ")
            // The longest listed name that opens this one.
            for count in stride(from: words.count - 1, through: 1, by: -1) {
                let prefix = words.prefix(count).joined(separator: " ")
                if names.contains(prefix) {
                    parents[name] = prefix
                    break
                }
            }
        }
        return parents
    }()

    /// The group `name` is a branch of, if it is one.
    public static func parent(of name: String) -> String? { parents[name] }
}
