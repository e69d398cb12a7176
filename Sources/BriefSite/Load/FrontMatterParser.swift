import IncidentFacts
import Yams

/// Splits a `.md` article into YAML front matter and body and reads the front matter fields.
enum FrontMatterParser {
    /// Keys other site generators use that Sitrep accepts without a warning and ignores; a key
    /// neither read below nor listed here is a warning (likely a typo).
    static let ignoredKeys: Set<String> = ["tags", "draft", "author"]

    /// Parses `text` (the whole file). Returns the front matter, the body, the body's first line,
    /// and diagnostics with file lines.
    static func parse(_ text: String, path: String) -> (FrontMatter, String, Int, [Diagnostic]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSpaces() == "---" else {
            return (FrontMatter(), text, 1, [])
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingSpaces() == "---" || $0.trimmingSpaces() == "..." }) else {
            return (
                FrontMatter(), "", 1,
                [.error("front matter opened with '---' on line 1 is never closed", file: path, line: 1, column: 1)]
            )
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        let bodyLine = end + 3
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (FrontMatter(), body, bodyLine, [yamlDiagnostic(error, path: path)])
        } catch {
            return (
                FrontMatter(), body, bodyLine, [.error("front matter is not valid YAML: \(error)", file: path, line: 2)]
            )
        }
        guard let node else { return (FrontMatter(), body, bodyLine, []) }
        guard let mapping = node.mapping else {
            return (
                FrontMatter(), body, bodyLine,
                [.error("front matter must be a YAML mapping of keys to values", file: path, line: 2, column: 1)]
            )
        }
        var matter = FrontMatter()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = (keyNode.mark?.line ?? 0) + 1
            let column = keyNode.mark?.column
            func problem(_ message: String) {
                diagnostics.append(.error(message, file: path, line: line, column: column))
            }
            func int() -> Int? {
                guard let n = value.int, (0...FrontMatter.largestCount).contains(n) else {
                    problem("'\(key)' must be a whole number from 0 to \(FrontMatter.largestCount)")
                    return nil
                }
                return n
            }
            func bool() -> Bool? {
                guard let b = value.bool else { problem("'\(key)' must be true or false"); return nil }
                return b
            }
            func string() -> String? {
                guard let s = value.string, value.scalar != nil else { problem("'\(key)' must be text"); return nil }
                return s
            }
            func date() -> SimpleDate? {
                let raw = value.string ?? ""
                guard let d = SimpleDate(iso: raw.prefix(10)) else {
                    problem("'\(key)' must be a date written YYYY-MM-DD, got '\(raw)'")
                    return nil
                }
                return d
            }
            /// An incident id as a brief's URL shows it.
            func incidentID() -> String? {
                guard let raw = string() else { return nil }
                guard !Slug.make(raw).isEmpty else { problem("'\(key)' must be an incident id"); return nil }
                return Slug.make(raw)
            }
            switch key {
            case "title": matter.title = string()
            case "headline": matter.headline = string()
            case "date": matter.date = date()
            case "source": matter.source = string()
            case "url":
                if let url = string() {
                    if let safe = WebAddress.normalized(url) {
                        matter.url = safe
                    } else {
                        diagnostics.append(
                            .warning(
                                "'url' must be a web address starting with http:// or https://, without spaces; "
                                    + "the link is left out", file: path, line: line, column: column))
                    }
                }
            case "id":
                if let raw = string() {
                    let slug = Slug.make(raw)
                    if slug.isEmpty {
                        problem("'id' must contain letters or digits")
                    } else {
                        if slug != raw {
                            diagnostics.append(
                                .warning(
                                    "'id' \"\(raw)\" is used as \"\(slug)\" (ids are lowercase letters, digits and hyphens)",
                                    file: path, line: line, column: column))
                        }
                        matter.id = slug
                        matter.idLine = line
                    }
                }
            case "same_incident":
                if let id = incidentID() {
                    matter.sameIncident = id
                    matter.mergeLine = line
                }
            case "not_same_as":
                let items = value.sequence.map(Array.init) ?? [value]
                let ids = items.compactMap { $0.scalar?.string }.map(Slug.make).filter { !$0.isEmpty }
                if ids.count == items.count && !ids.isEmpty {
                    matter.notSameAs = ids
                    matter.mergeLine = matter.mergeLine ?? line
                } else {
                    problem("'not_same_as' must be an incident id, or a list of them")
                }
            case "is_incident": matter.overrides.isIncident = bool()
            case "incident_date": matter.overrides.incidentDate = date()
            case "site": matter.overrides.site = string()
            case "city": matter.overrides.city = string()
            case "region": matter.overrides.region = string()
            case "country": matter.overrides.country = string()
            case "perpetrators":
                if let list = value.sequence {
                    let names = list.compactMap { $0.scalar?.string }
                    if names.count == list.count {
                        matter.overrides.perpetrators = names
                    } else {
                        problem("'perpetrators' must be a list of group names, one name per item")
                    }
                } else if let one = value.string {
                    matter.overrides.perpetrators = [one]
                } else {
                    problem("'perpetrators' must be a list of group names")
                }
            case "killed": matter.overrides.killed = int()
            case "injured": matter.overrides.injured = int()
            case "attackers": matter.overrides.attackersCount = int()
            case "attackers_killed": matter.overrides.attackersKilled = int()
            case "summary": matter.overrides.summary = string()
            case "reviewed":
                if let all = value.bool {
                    matter.overrides.reviewed = all ? FactOverrides.reviewableFacts : []
                } else {
                    let items = value.sequence.map(Array.init) ?? [value]
                    let names = items.compactMap { $0.scalar?.string }
                    if names.count == items.count, names.allSatisfy(FactOverrides.reviewableFacts.contains) {
                        matter.overrides.reviewed = Set(names)
                    } else {
                        problem(
                            "'reviewed' must be true, false or a list of facts among "
                                + FactOverrides.reviewableFacts.sorted().joined(separator: ", "))
                    }
                }
            default:
                if let fact = FactField.singleValued(named: key) {
                    let value: FactValue? =
                        switch fact.path {
                        case .text: string().map(FactValue.text)
                        case .flag: bool().map(FactValue.flag)
                        case .count: int().map(FactValue.count)
                        }
                    matter.overrides.values[fact.field] = value
                } else if !ignoredKeys.contains(key) {
                    diagnostics.append(
                        .warning("unknown front matter key '\(key)' is ignored", file: path, line: line, column: column)
                    )
                }
            }
        }
        return (matter, body, bodyLine, diagnostics)
    }

    /// A YAML error with the file's line (front matter starts on line 2).
    static func yamlDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .error(
                "front matter is not valid YAML: \(problem)", file: path, line: mark.line + 1, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, _):
            return .error("front matter repeats the key(s) \(duplicates.joined(separator: ", "))", file: path, line: 2)
        default:
            return .error("front matter is not valid YAML", file: path, line: 2)
        }
    }
}
