import Foundation
import IncidentFacts
import MustacheEngine
import Testing

@testable import BriefSite

/// Page models serve templates every field they hold, so a fingerprint made from the same list
/// covers everything a page shows.
@Suite struct PageModelTests {
    /// A small archive: two attacks by one group in one city, one recalling an earlier attack.
    static func pages() -> (PageContexts, Archive) {
        func report(_ file: String, _ date: String, killed: Int) -> (Article, FactSheet) {
            var f = FactSheet(file: file)
            f.isIncident = true
            f.title = "Blast in Ardon"
            f.date = SimpleDate(iso: date)
            f.published = SimpleDate(iso: date)
            f.location = Location(site: "market", city: "Ardon", country: "Pakistan")
            f.perpetrators = [Perpetrator(name: "Ardon Front", aliases: ["AF"], role: "claimed")]
            f.killed = Casualties(best: killed, stated: [killed])
            f.history = [RecalledAttack(year: 2001, place: "Ardon", what: "a bus bombing", perpetrator: nil, killed: 3)]
            return (Article(path: file, body: "x", bodyLine: 1, frontMatter: FrontMatter()), f)
        }
        let archive = CrossReferencer.build(
            IncidentMerger.merge([report("a.txt", "2021-03-02", killed: 4), report("b.txt", "2022-05-06", killed: 9)]),
            nonIncidents: [])
        return (
            PageContexts(archive: archive, config: SiteConfig(), linker: Linker(baseURL: nil), articleCount: 2), archive
        )
    }

    /// Every page model met on every page of the small archive, nested ones included.
    static func allModels() -> [any PageModel] {
        let (pages, archive) = pages()
        let incident = archive.incidents[0]
        let brief = BriefComposer.content(for: incident, archive: archive, linker: pages.linker)
        var models: [any PageModel] = [
            pages.index(), pages.history(), pages.groupsList(), pages.placesList(), pages.notFound(), brief,
            pages.brief(incident, brief: brief, bodyHTML: "<p>x</p>"),
        ]
        models += archive.groups.map { pages.group($0) } + archive.places.map { pages.place($0) }
        var found: [any PageModel] = []
        func walk(_ value: Any) {
            if let model = value as? any PageModel { found.append(model) }
            for child in Mirror(reflecting: value).children { walk(child.value) }
        }
        models.forEach(walk)
        return found
    }

    @Test func everyStoredFieldIsServedToTemplates() {
        var kinds = Set<String>()
        for model in Self.allModels() {
            let kind = String(describing: type(of: model))
            kinds.insert(kind)
            for child in Self.storedFields(of: model) {
                guard let label = child.label, label != "frame" else { continue }
                // A field is served by its own name, or (a citation inside a source) field by field.
                let served =
                    model.child(named: label) != nil || isEmptyOptional(child.value)
                    || (child.value as? any PageModel).map { inner in
                        Mirror(reflecting: inner).children.allSatisfy {
                            model.child(named: $0.label!) != nil
                                || isEmptyOptional($0.value)
                        }
                    } == true
                #expect(served, "\(kind).\(label) is not served to templates")
            }
        }
        // Every kind of page and part was met.
        #expect(
            kinds.isSuperset(of: [
                "IndexPage", "BriefPage", "TimelinePage", "GroupPage", "PlacePage",
                "GroupsPage", "PlacesPage", "NotFoundPage", "BriefContent", "IncidentRow", "PageFrame", "NamedLink",
            ]))
    }

    /// The stored fields of a model; those in its box when it keeps them in one (`storage`).
    static func storedFields(of model: Any) -> [Mirror.Child] {
        let children = Array(Mirror(reflecting: model).children)
        guard children.count == 1, children[0].label == "storage",
            let box = Mirror(reflecting: children[0].value).children.first?.value,
            let stored = Mirror(reflecting: box).children.first?.value
        else { return children }
        // The fields, beside what the box keeps with them (a row's fingerprint).
        let inBox = Array(Mirror(reflecting: stored).children)
        if let fields = inBox.first(where: { $0.label == "fields" }) {
            return Array(Mirror(reflecting: fields.value).children)
        }
        return inBox
    }

    /// An empty optional is served as nil (so templates look further out), which is right.
    private func isEmptyOptional(_ value: Any) -> Bool {
        String(describing: value) == "nil"
    }

    @Test func aRowsFingerprintFollowsEachField() {
        let (pages, archive) = Self.pages()
        let row = pages.incidentItem(archive.incidents[0], depth: 2)
        var changed = row
        changed.killedText = "5"
        #expect(changed.fingerprint != row.fingerprint)
        changed = row
        changed.groups[0].link = "elsewhere/"
        #expect(changed.fingerprint != row.fingerprint)
        changed = row
        changed.country = nil
        #expect(changed.fingerprint != row.fingerprint)
        #expect(row.fingerprint == pages.incidentItem(archive.incidents[0], depth: 2).fingerprint)
    }

    @Test func aPagesFingerprintCoversItsFrame() {
        let (pages, _) = Self.pages()
        var page = pages.groupsList()
        let before = page.fingerprint
        page.frame.pageTitle = "Other"
        #expect(page.fingerprint != before)
    }

    @Test func missingFieldsAreLookedUpOutside() throws {
        // A row without a country must not show the page's country: templates see nil, then
        // look outside, as they did for a missing dictionary key.
        let (pages, archive) = Self.pages()
        var row = pages.incidentItem(archive.incidents[0], depth: 2)
        row.country = nil
        #expect(row.child(named: "country") == nil)
        guard case .text(let headline)? = row.child(named: "headline") else {
            Issue.record("the headline is not served as text")
            return
        }
        #expect(headline.contains("Ardon"))
    }

    /// A model finds each of its fields from its hash table, and no name it has not got: not
    /// its fields' names changed by a letter, nor another model's, nor, for a page, a name
    /// of neither the page nor its frame (which it serves after its own).
    @Test func fieldsAreFoundByKeyAndOnlyThey() {
        let (pages, archive) = Self.pages()
        let incident = archive.incidents[0]
        let brief = BriefComposer.content(for: incident, archive: archive, linker: pages.linker)
        let page = pages.brief(incident, brief: brief, bodyHTML: "<p>x</p>")
        let names = BriefPage.fields.list.map(\.name) + PageFrame.fields.list.map(\.name)
        for name in names {
            let value = page.child(key: TemplateKey(name))
            #expect(value != nil || name == "canonical" || name == "lastUpdated", "\(name)")
            #expect(page.child(key: TemplateKey(name + "s")) == nil)
            #expect(page.child(key: TemplateKey(String(name.dropLast()))) == nil)
        }
        for name in ["label", "refText", "quotes", "", "site.title", "Headline"] {
            #expect(page.child(key: TemplateKey(name)) == nil, "\(name)")
        }
        guard case .text(let id)? = page.child(named: "id") else {
            Issue.record("the id is not served as text")
            return
        }
        #expect(id == incident.id)
        for field in BriefContent.FactItem.fields.list {
            #expect(
                brief.facts[0].child(key: TemplateKey(field.name)) != nil || field.name == "editor"
                    || field.name == "review")
        }
    }
}
