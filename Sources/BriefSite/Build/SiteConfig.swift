import Foundation
import Yams

/// Settings from `sitrep.yml` at the site root; all optional.
package struct SiteConfig: Sendable {
    package var title = "Sitrep incident briefs"
    package var description = "Briefs on attacks, compiled from news reports."
    package var language = "en"
    /// Absolute base URL (`https://example.org/briefs/`); nil means relative links.
    package var baseURL: String?
    /// The editor's view (`build --editor`, `serve`): briefs also show the notes for the editor.
    /// Set by the command, not by `sitrep.yml`.
    package var editorView = false

    package init() {}

    /// Reads `path` when it exists; every value is checked, with its line.
    package static func load(path: String) -> (SiteConfig, [Diagnostic]) {
        let config = SiteConfig()
        guard FileManager.default.fileExists(atPath: path) else { return (config, []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (config, [.error("sitrep.yml cannot be read (is it a file you may read?)", file: path)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (config, [.error("sitrep.yml is not UTF-8 text", file: path)])
        }
        return parse(text, path: path)
    }

    /// Reads the settings in `text`, the contents of the file at `path`.
    package static func parse(_ text: String, path: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        do {
            guard let node = try Yams.compose(yaml: text) else { return (config, []) }
            guard let mapping = node.mapping else {
                return (config, [.error("sitrep.yml must be a mapping of keys to values", file: path, line: 1)])
            }
            var diagnostics: [Diagnostic] = []
            for (key, value) in mapping {
                let line = key.mark?.line ?? 0
                let name = key.string ?? ""
                func problem(_ message: String) {
                    diagnostics.append(.error("'\(name)' in sitrep.yml \(message)", file: path, line: line))
                }
                // A list or a mapping where text belongs is an error, not a silent default.
                guard let text = value.scalar?.string else {
                    problem("must be text")
                    continue
                }
                switch name {
                case "title": config.title = text
                case "description": config.description = text
                case "language":
                    if isLanguageTag(text) {
                        config.language = text
                    } else {
                        problem("must be a language tag such as 'en' or 'pt-BR'")
                    }
                case "base_url", "baseURL", "base-url":
                    if let url = WebAddress.normalized(text) {
                        config.baseURL = url
                    } else {
                        problem("must be an absolute http:// or https:// address, such as https://example.org/briefs/")
                    }
                default:
                    diagnostics.append(
                        .warning("unknown key '\(name)' in sitrep.yml is ignored", file: path, line: line))
                }
            }
            return (config, diagnostics)
        } catch let error as YamlError {
            var d = FrontMatterParser.yamlDiagnostic(error, path: path)
            if let line = d.line {
                d = .error(
                    d.message.replacingOccurrences(of: "front matter", with: "sitrep.yml"), file: path, line: line - 1,
                    column: d.column)
            }
            return (config, [d])
        } catch {
            return (config, [.error("sitrep.yml is not valid YAML", file: path)])
        }
    }

    /// "en", "fr", "pt-BR", "zh-Hant": letters, then parts of letters and digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
