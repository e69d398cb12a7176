import Foundation
import Yams

/// Settings from `sitrep.yml` at the site root; all optional.
public struct SiteConfig: Sendable {
    public var title = "Sitrep incident briefs"
    public var description = "Briefs on attacks, compiled from news reports."
    public var language = "en"
    /// Absolute base URL (`https://example.org/briefs/`); nil means relative links.
    public var baseURL: String?

    public init() {}

    /// Reads `path` when it exists.
    public static func load(path: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        guard let data = FileManager.default.contents(atPath: path) else { return (config, []) }
        guard let text = String(data: data, encoding: .utf8) else {
            return (config, [.error("sitrep.yml is not UTF-8 text", file: path)])
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return (config, []) }
            guard let mapping = node.mapping else {
                return (config, [.error("sitrep.yml must be a mapping of keys to values", file: path, line: 1)])
            }
            var diagnostics: [Diagnostic] = []
            for (key, value) in mapping {
                let line = (key.mark?.line ?? 0)
                switch key.string ?? "" {
                case "title": config.title = value.string ?? config.title
                case "description": config.description = value.string ?? config.description
                case "language": config.language = value.string ?? config.language
                case "base_url", "baseURL", "base-url": config.baseURL = value.string
                default:
                    diagnostics.append(
                        .warning("unknown key '\(key.string ?? "")' in sitrep.yml is ignored", file: path, line: line))
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
}
