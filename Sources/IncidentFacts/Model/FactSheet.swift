/// The facts of one article, as fixed by the facts contract (spec/facts.md).
///
/// The fields live in one copy-on-write box: fact sheets are copied many times between loading,
/// merging and rendering, and copying the box costs one reference count instead of one per field.
package struct FactSheet: Sendable, Equatable {
    private var box: FactFieldsBox

    /// The article's path as given to the extractor.
    package var file: String {
        get { box.fields.file }
        _modify {
            makeUnique()
            yield &box.fields.file
        }
    }
    /// Publication date of the article.
    package var published: SimpleDate? {
        get { box.fields.published }
        _modify {
            makeUnique()
            yield &box.fields.published
        }
    }
    /// False for articles that report no specific attack (anniversaries, court stories, policy).
    package var isIncident: Bool {
        get { box.fields.isIncident }
        _modify {
            makeUnique()
            yield &box.fields.isIncident
        }
    }
    /// The article's headline, or one composed from the facts.
    package var title: String {
        get { box.fields.title }
        _modify {
            makeUnique()
            yield &box.fields.title
        }
    }
    /// One or two sentences composed from the facts.
    package var summary: String {
        get { box.fields.summary }
        _modify {
            makeUnique()
            yield &box.fields.summary
        }
    }
    /// The day the attack happened.
    package var date: SimpleDate? {
        get { box.fields.date }
        _modify {
            makeUnique()
            yield &box.fields.date
        }
    }
    /// Where the attack happened.
    package var location: Location {
        get { box.fields.location }
        _modify {
            makeUnique()
            yield &box.fields.location
        }
    }
    /// Groups named as responsible, claiming or suspected.
    package var perpetrators: [Perpetrator] {
        get { box.fields.perpetrators }
        _modify {
            makeUnique()
            yield &box.fields.perpetrators
        }
    }
    /// Victims killed (attackers never counted).
    package var killed: Casualties? {
        get { box.fields.killed }
        _modify {
            makeUnique()
            yield &box.fields.killed
        }
    }
    /// Victims injured.
    package var injured: Casualties? {
        get { box.fields.injured }
        _modify {
            makeUnique()
            yield &box.fields.injured
        }
    }
    /// How many attackers, and how many of them died.
    package var attackers: Attackers {
        get { box.fields.attackers }
        _modify {
            makeUnique()
            yield &box.fields.attackers
        }
    }
    /// Weapons by category, with the words the article used.
    package var weapons: [Weapon] {
        get { box.fields.weapons }
        _modify {
            makeUnique()
            yield &box.fields.weapons
        }
    }
    /// One of the attack types of the contract.
    package var attackType: String? {
        get { box.fields.attackType }
        _modify {
            makeUnique()
            yield &box.fields.attackType
        }
    }
    /// True when an attacker killed himself deliberately as part of the attack.
    package var suicide: Bool? {
        get { box.fields.suicide }
        _modify {
            makeUnique()
            yield &box.fields.suicide
        }
    }
    /// One of the target types of the contract.
    package var targetType: String? {
        get { box.fields.targetType }
        _modify {
            makeUnique()
            yield &box.fields.targetType
        }
    }
    /// The group that claimed responsibility.
    package var claimedBy: String? {
        get { box.fields.claimedBy }
        _modify {
            makeUnique()
            yield &box.fields.claimedBy
        }
    }
    /// How long the attack lasted, as the article words it.
    package var duration: String? {
        get { box.fields.duration }
        _modify {
            makeUnique()
            yield &box.fields.duration
        }
    }
    /// Earlier attacks the article recalls.
    package var history: [RecalledAttack] {
        get { box.fields.history }
        _modify {
            makeUnique()
            yield &box.fields.history
        }
    }
    /// Where each fact came from, keyed by field name.
    package var evidence: [String: [Evidence]] {
        get { box.fields.evidence.value }
        _modify {
            makeUnique()
            if box.fields.evidence.loaded == nil { box.fields.evidence = LazyEvidence(box.fields.evidence.value) }
            yield &box.fields.evidence.loaded!
        }
    }

    /// Leaves the evidence to be made by `load` when first asked for (each time it is asked
    /// for, until it is changed). Evidence is most of a fact sheet's size, and a rebuild
    /// taking thousands of fact sheets from a cache needs the evidence of only a few.
    package mutating func deferEvidence(_ load: @escaping @Sendable () -> [String: [Evidence]]) {
        makeUnique()
        box.fields.evidence = LazyEvidence(load: load)
    }
    /// Conflicts and doubts an editor should look at.
    package var warnings: [String] {
        get { box.fields.warnings }
        _modify {
            makeUnique()
            yield &box.fields.warnings
        }
    }
    /// How sure the extractor is of each fact, keyed by contract field name ("date",
    /// "location", "killed", ...).
    package var confidence: [String: FactConfidence] {
        get { box.fields.confidence }
        _modify {
            makeUnique()
            yield &box.fields.confidence
        }
    }
    /// Fields set by an editor in front matter rather than extracted.
    package var editorFields: Set<String> {
        get { box.fields.editorFields }
        _modify {
            makeUnique()
            yield &box.fields.editorFields
        }
    }

    /// An empty fact sheet for `file`.
    package init(file: String) {
        box = FactFieldsBox(FactFields(file: file))
    }

    package static func == (a: FactSheet, b: FactSheet) -> Bool {
        a.box === b.box || a.box.fields == b.box.fields
    }

    /// Gives this sheet its own box before a field changes, when the box is shared.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = FactFieldsBox(box.fields) }
    }

    /// Records the paragraph and sentence a fact came from.
    mutating func addEvidence(_ field: String, _ sentence: Sentence) {
        let item = Evidence(paragraph: sentence.paragraph, text: sentence.text)
        // A dozen quotes per fact are plenty to check it, and keep a long article linear.
        if let quotes = evidence[field], quotes.count >= 12 || quotes.contains(item) { return }
        evidence[field, default: []].append(item)
    }
}

/// The stored fields of a `FactSheet`.
private struct FactFields: Sendable, Equatable {
    var file: String
    var published: SimpleDate?
    var isIncident: Bool
    var title: String
    var summary: String
    var date: SimpleDate?
    var location: Location
    var perpetrators: [Perpetrator]
    var killed: Casualties?
    var injured: Casualties?
    var attackers: Attackers
    var weapons: [Weapon]
    var attackType: String?
    var suicide: Bool?
    var targetType: String?
    var claimedBy: String?
    var duration: String?
    var history: [RecalledAttack]
    var evidence: LazyEvidence
    var warnings: [String]
    var confidence: [String: FactConfidence]
    var editorFields: Set<String>

    init(file: String) {
        self.file = file
        published = nil
        isIncident = false
        title = ""
        summary = ""
        date = nil
        location = Location()
        perpetrators = []
        killed = nil
        injured = nil
        attackers = Attackers()
        weapons = []
        attackType = nil
        suicide = nil
        targetType = nil
        claimedBy = nil
        duration = nil
        history = []
        evidence = LazyEvidence([:])
        warnings = []
        confidence = [:]
        editorFields = []
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

/// Shared by copies of a fact sheet until one of them changes (see `FactSheet.makeUnique`).
private final class FactFieldsBox: @unchecked Sendable {
    var fields: FactFields

    init(_ fields: FactFields) {
        self.fields = fields
    }
}

/// Where an attack happened; names in common English.
package struct Location: Sendable, Equatable, Hashable {
    /// The specific place attacked, as the text names it.
    package var site: String?
    /// City or town.
    package var city: String?
    /// First-level region (province, state).
    package var region: String?
    /// Country.
    package var country: String?

    /// A location with the given parts.
    package init(site: String? = nil, city: String? = nil, region: String? = nil, country: String? = nil) {
        self.site = site
        self.city = city
        self.region = region
        self.country = country
    }
}

/// A group named in connection with an attack.
package struct Perpetrator: Sendable, Equatable, Hashable {
    /// Canonical full name from the gazetteer.
    package var name: String
    /// Other spellings the article itself uses.
    package var aliases: [String]
    /// `claimed`, `named` or `suspected`.
    package var role: String
    /// Who names or suspects the group, as the text says ("police", "the Ura chief minister"):
    /// nil for a claim, or when the text does not say.
    package var attributedBy: String?

    /// A perpetrator entry.
    package init(name: String, aliases: [String], role: String, attributedBy: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.attributedBy = attributedBy
    }

    /// True when the group is only accused or suspected, not claiming the attack nor stated
    /// by the report itself to have done it: such an attack does not add to its totals.
    package var isAccusation: Bool { role == "suspected" || (role == "named" && attributedBy != nil) }
}

/// Victim counts for killed or injured.
package struct Casualties: Sendable, Equatable, Hashable {
    /// The figure an editor would headline; nil for vague amounts.
    package var best: Int?
    /// Every distinct figure the article states, in order of appearance.
    package var stated: [Int]
    /// A hedge on the best figure: `at least`, `more than`, `nearly`, `up to`, `about`.
    package var qualifier: String?
    /// A vague amount with no number: `dozens`, `scores`, `several`.
    package var approx: String?

    /// A casualty record.
    package init(best: Int?, stated: [Int], qualifier: String? = nil, approx: String? = nil) {
        self.best = best
        self.stated = stated
        self.qualifier = qualifier
        self.approx = approx
    }

    /// The smallest stated figure.
    package var min: Int? { stated.min() }
    /// The largest stated figure.
    package var max: Int? { stated.max() }
}

/// The attackers: how many, and how many died.
package struct Attackers: Sendable, Equatable, Hashable {
    /// Number of attackers, when stated.
    package var count: Int?
    /// Number of attackers who died, when stated.
    package var killed: Int?

    /// An attackers record.
    package init(count: Int? = nil, killed: Int? = nil) {
        self.count = count
        self.killed = killed
    }
}

/// A weapon category with the words the article used for it.
package struct Weapon: Sendable, Equatable, Hashable {
    /// One of `firearms`, `explosives`, `incendiary`, `melee`, `vehicle`, `chemical`, `other`.
    package var category: String
    /// The words used, in order of first appearance.
    package var words: [String]

    /// A weapon entry.
    package init(category: String, words: [String]) {
        self.category = category
        self.words = words
    }
}

/// An earlier attack an article recalls.
package struct RecalledAttack: Sendable, Equatable, Hashable {
    /// Year of the earlier attack.
    package var year: Int?
    /// Where it happened.
    package var place: String?
    /// What was attacked, as the article names it.
    package var what: String?
    /// Canonical group name, when the article gives one.
    package var perpetrator: String?
    /// Killed in that attack, when the article gives it.
    package var killed: Int?
    /// The sentence that recalls it.
    package var evidence: Evidence?

    /// A recalled attack.
    package init(
        year: Int?, place: String?, what: String?, perpetrator: String?, killed: Int?, evidence: Evidence? = nil
    ) {
        self.year = year
        self.place = place
        self.what = what
        self.perpetrator = perpetrator
        self.killed = killed
        self.evidence = evidence
    }
}

/// The paragraph and sentence a fact came from.
package struct Evidence: Sendable, Equatable, Hashable {
    /// 1-based paragraph number.
    package var paragraph: Int
    /// The sentence.
    package var text: String

    /// An evidence item.
    package init(paragraph: Int, text: String) {
        self.paragraph = paragraph
        self.text = text
    }
}
