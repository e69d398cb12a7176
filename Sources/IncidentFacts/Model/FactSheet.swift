/// The facts of one article, as fixed by the facts contract (docs/facts-spec.md).
///
/// The fields (`FactSheet.Fields`) are read and changed through the sheet as if they were its
/// own (`facts.killed`, `facts.location.city = ...`); they live in one copy-on-write box.
@dynamicMemberLookup
public struct FactSheet: Sendable, Equatable {
    @usableFromInline var storage: CopyOnWrite<Fields>

    // Inlinable, so that a caller's literal key path becomes a plain field access instead of a
    // key path walked at run time (which copies every field first).
    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value[keyPath: field] }
        _modify { yield &storage.value[keyPath: field] }
    }

    /// The field at `path`, a key path known only at run time (a fact's entry in
    /// `FactField.singleValued`), whose byte `offset` in `Fields` is known: read in place, where
    /// applying the key path would copy every field first.
    func read<Value>(_ path: KeyPath<Fields, Value>, at offset: Int?) -> Value {
        guard let offset else { return storage.value[keyPath: path] }
        return withUnsafePointer(to: storage.value) { fields in
            UnsafeRawPointer(fields).load(fromByteOffset: offset, as: Value.self)
        }
    }

    /// The stored facts of a sheet.
    public struct Fields: Sendable, Equatable {
        /// The article's path as given to the extractor.
        public var file: String
        /// Publication date of the article.
        public var published: SimpleDate? = nil
        /// False for articles that report no specific attack (anniversaries, court stories, policy).
        public var isIncident = false
        /// The article's headline, or one composed from the facts.
        public var title = ""
        /// One or two sentences composed from the facts.
        public var summary = ""
        /// The day the attack happened.
        public var date: SimpleDate? = nil
        /// Where the attack happened.
        public var location = Location()
        /// Groups named as responsible, claiming or suspected.
        public var perpetrators: [Perpetrator] = []
        /// Victims killed (attackers never counted).
        public var killed: Casualties? = nil
        /// Victims injured.
        public var injured: Casualties? = nil
        /// How many attackers, and how many of them died.
        public var attackers = Attackers()
        /// Weapons by category, with the words the article used.
        public var weapons: [Weapon] = []
        /// One of the attack types of the contract.
        public var attackType: String? = nil
        /// True when an attacker killed himself deliberately as part of the attack.
        public var suicide: Bool? = nil
        /// One of the target types of the contract.
        public var targetType: String? = nil
        /// The group that claimed responsibility.
        public var claimedBy: String? = nil
        /// How long the attack lasted, as the article words it.
        public var duration: String? = nil
        /// How long the attack lasted in minutes, when the article gives a figure.
        public var durationMinutes: Int? = nil
        /// Earlier attacks the article recalls.
        public var history: [RecalledAttack] = []
        /// Conflicts and doubts an editor should look at.
        public var warnings: [String] = []
        /// How sure the extractor is of each fact, keyed by contract field name ("date",
        /// "location", "killed", ...).
        public var confidence: [String: FactConfidence] = [:]
        /// Fields set by an editor in front matter rather than extracted.
        public var editorFields: Set<String> = []
        /// Where each fact came from, keyed by field name: read it as `FactSheet.evidence`.
        fileprivate var lazyEvidence = LazyEvidence([:])
    }

    /// Where each fact came from, keyed by field name.
    public var evidence: [String: [Evidence]] {
        get { storage.value.lazyEvidence.value }
        _modify {
            if storage.value.lazyEvidence.loaded == nil {
                storage.value.lazyEvidence = LazyEvidence(storage.value.lazyEvidence.value)
            }
            yield &storage.value.lazyEvidence.loaded!
        }
    }

    /// Leaves the evidence to be made by `load` when first asked for (each time it is asked
    /// for, until it is changed). Evidence is most of a fact sheet's size, and a rebuild
    /// taking thousands of fact sheets from a cache needs the evidence of only a few.
    public mutating func deferEvidence(_ load: @escaping @Sendable () -> [String: [Evidence]]) {
        storage.value.lazyEvidence = LazyEvidence(load: load)
    }

    /// An empty fact sheet for `file`.
    public init(file: String) {
        storage = CopyOnWrite(Fields(file: file))
    }

    public static func == (a: FactSheet, b: FactSheet) -> Bool {
        a.storage.sharesBox(with: b.storage) || a.storage.value == b.storage.value
    }

    /// Records the paragraph and sentence a fact came from.
    mutating func addEvidence(_ field: FactField, _ sentence: Sentence) {
        let item = Evidence(paragraph: sentence.paragraph, text: sentence.text)
        // A dozen quotes per fact are plenty to check it, and keep a long article linear.
        if let quotes = evidence[field.rawValue], quotes.count >= 12 || quotes.contains(item) { return }
        evidence[field.rawValue, default: []].append(item)
    }
}

/// Evidence as it is, or the way to make it (see `FactSheet.deferEvidence`); two are equal when
/// they make the same evidence.
private struct LazyEvidence: Sendable, Equatable {
    var loaded: [String: [Evidence]]?
    var load: (@Sendable () -> [String: [Evidence]])?

    init(_ evidence: [String: [Evidence]]) {
        loaded = evidence
    }

    init(load: @escaping @Sendable () -> [String: [Evidence]]) {
        self.load = load
    }

    var value: [String: [Evidence]] { loaded ?? load?() ?? [:] }

    static func == (a: LazyEvidence, b: LazyEvidence) -> Bool { a.value == b.value }
}

/// Where an attack happened; names in common English.
public struct Location: Sendable, Equatable, Hashable {
    /// The specific place attacked, as the text names it.
    public var site: String?
    /// City or town.
    public var city: String?
    /// First-level region (province, state).
    public var region: String?
    /// Country.
    public var country: String?

    /// A location with the given parts.
    public init(site: String? = nil, city: String? = nil, region: String? = nil, country: String? = nil) {
        self.site = site
        self.city = city
        self.region = region
        self.country = country
    }
}

/// A group named in connection with an attack.
public struct Perpetrator: Sendable, Equatable, Hashable {
    /// Canonical full name from the gazetteer.
    public var name: String
    /// Other spellings the article itself uses.
    public var aliases: [String]
    /// `claimed`, `named` or `suspected`.
    public var role: String
    /// Who names or suspects the group, as the text says ("police", "the Ura chief minister"):
    /// nil for a claim, or when the text does not say.
    public var attributedBy: String?

    /// A perpetrator entry.
    public init(name: String, aliases: [String], role: String, attributedBy: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.attributedBy = attributedBy
    }

    /// True when the group is only accused or suspected, not claiming the attack nor stated
    /// by the report itself to have done it: such an attack does not add to its totals.
    public var isAccusation: Bool { role == "suspected" || (role == "named" && attributedBy != nil) }
}

/// Victim counts for killed or injured.
public struct Casualties: Sendable, Equatable, Hashable {
    /// The figure an editor would headline; nil for vague amounts.
    public var best: Int?
    /// Every distinct figure the article states, in order of appearance.
    public var stated: [Int]
    /// A hedge on the best figure: `at least`, `more than`, `nearly`, `up to`, `about`.
    public var qualifier: String?
    /// A vague amount with no number: `dozens`, `scores`, `several`.
    public var approx: String?

    /// A casualty record.
    public init(best: Int?, stated: [Int], qualifier: String? = nil, approx: String? = nil) {
        self.best = best
        self.stated = stated
        self.qualifier = qualifier
        self.approx = approx
    }

    /// The smallest stated figure.
    public var min: Int? { stated.min() }
    /// The largest stated figure.
    public var max: Int? { stated.max() }
}

/// The attackers: how many, and how many died.
public struct Attackers: Sendable, Equatable, Hashable {
    /// Number of attackers, when stated.
    public var count: Int?
    /// Number of attackers who died, when stated.
    public var killed: Int?

    /// An attackers record.
    public init(count: Int? = nil, killed: Int? = nil) {
        self.count = count
        self.killed = killed
    }
}

/// A weapon category with the words the article used for it.
public struct Weapon: Sendable, Equatable, Hashable {
    /// One of `firearms`, `explosives`, `incendiary`, `melee`, `vehicle`, `chemical`, `other`.
    public var category: String
    /// The words used, in order of first appearance.
    public var words: [String]

    /// A weapon entry.
    public init(category: String, words: [String]) {
        self.category = category
        self.words = words
    }
}

/// An earlier attack an article recalls.
public struct RecalledAttack: Sendable, Equatable, Hashable {
    /// Year of the earlier attack.
    public var year: Int?
    /// Where it happened.
    public var place: String?
    /// What was attacked, as the article names it.
    public var what: String?
    /// Canonical group name, when the article gives one.
    public var perpetrator: String?
    /// Killed in that attack, when the article gives it.
    public var killed: Int?
    /// The sentence that recalls it.
    public var evidence: Evidence?
    /// Its day, when the recall names one ("Sunday's attack" in a Tuesday report): merging
    /// tells by it that a report recalling another report's attack tells a different one.
    public var day: SimpleDate?

    /// A recalled attack.
    public init(
        year: Int?, place: String?, what: String?, perpetrator: String?, killed: Int?, evidence: Evidence? = nil,
        day: SimpleDate? = nil
    ) {
        self.year = year
        self.place = place
        self.what = what
        self.perpetrator = perpetrator
        self.killed = killed
        self.evidence = evidence
        self.day = day
    }
}

/// The paragraph and sentence a fact came from.
public struct Evidence: Sendable, Equatable, Hashable {
    /// 1-based paragraph number.
    public var paragraph: Int
    /// The sentence.
    public var text: String

    /// An evidence item.
    public init(paragraph: Int, text: String) {
        self.paragraph = paragraph
        self.text = text
    }
}
