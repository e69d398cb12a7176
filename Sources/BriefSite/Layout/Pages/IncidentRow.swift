import IncidentFacts
import Synchronization

/// One incident as a row of the index or an item of a list (a group's, a place's, a brief's
/// related incidents).
///
/// Its fields live in one shared box, with their fingerprint made once, when a rebuild first
/// asks for it (a full build never does): rows are listed on many pages, a row passed to the
/// template engine as a value of one word is not copied field by field, and each list page's
/// fingerprint takes its rows' without hashing them again.
@dynamicMemberLookup
struct IncidentRow: PageModel {
    private var storage: CopyOnWrite<Stored>

    private struct Stored: Sendable {
        var fields: Fields
        /// Shared by the copies of these fields; a new one when a field changes.
        var fingerprint = Fingerprint()
    }

    init(_ fields: Fields) {
        storage = CopyOnWrite(Stored(fields: fields))
    }

    subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value.fields[keyPath: field] }
        _modify {
            yield &storage.value.fields[keyPath: field]
            storage.value.fingerprint = Fingerprint()
        }
    }

    func fingerprint(into hash: inout ContentHash) {
        hash.add(storage.value.fingerprint.value { fieldsFingerprint() })
    }

    /// Every field, in the order of `fields`.
    private func fieldsFingerprint() -> ContentHash {
        var hash = ContentHash()
        for field in Self.fields.list { field.fingerprint(self, &hash) }
        return hash
    }

    /// A row's fingerprint, made the first time any thread asks for it and kept.
    private final class Fingerprint: Sendable {
        private let made = Mutex<ContentHash?>(nil)

        func value(_ make: () -> ContentHash) -> ContentHash {
            made.withLock { made in
                if let made { return made }
                let hash = make()
                made = hash
                return hash
            }
        }
    }

    struct Fields: Sendable {
        var id: String
        var link: String
        var headline: String
        var dateText: String
        var dateISO: String
        var hasDate: Bool
        /// No report states the attack's day: the row shows when it was first reported.
        var undated: Bool
        var year: String
        var killedText: String
        var injuredText: String
        var killedSort: String
        var injuredSort: String
        var attackType: String
        /// The groups' names joined by "|", for the index's filter.
        var groupList: String
        var needsReview: Bool
        var country: String?
        var countryLink: String?
        var city: String?
        var cityLink: String?
        var groups: [NamedLink]
    }

    static let fields: PageFields<Self> = [
        .field("id") { $0.id }, .field("link") { $0.link }, .field("headline") { $0.headline },
        .field("dateText") { $0.dateText },
        .field("dateISO") { $0.dateISO }, .field("hasDate") { $0.hasDate }, .field("undated") { $0.undated },
        .field("year") { $0.year }, .field("killedText") { $0.killedText }, .field("injuredText") { $0.injuredText },
        .field("killedSort") { $0.killedSort }, .field("injuredSort") { $0.injuredSort },
        .field("attackType") { $0.attackType }, .field("groupList") { $0.groupList },
        .field("needsReview") { $0.needsReview },
        .field("country") { $0.country }, .field("countryLink") { $0.countryLink }, .field("city") { $0.city },
        .field("cityLink") { $0.cityLink }, .field("groups") { $0.groups },
    ]
}
