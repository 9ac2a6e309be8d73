/// One key of `debrief.yml`: its name, default and what it is for. The one list that
/// `SiteConfig.parse`, `debrief init`'s commented file and the README agree on.
public struct SiteSetting: Sendable, Equatable {
    public let key: String
    /// The default, as written in YAML.
    public let defaultValue: String
    public let comment: String
    /// Other spellings accepted (compared case-insensitively, like the key).
    public let aliases: [String]

    public init(_ key: String, _ defaultValue: String, _ comment: String, aliases: [String] = []) {
        self.key = key
        self.defaultValue = defaultValue
        self.comment = comment
        self.aliases = aliases
    }

    /// Every setting, in the order `debrief init` writes them.
    public static let all: [SiteSetting] = [
        SiteSetting("title", "Postmortems", "the site's name, shown on every page"),
        SiteSetting("timezone", "UTC", "zone for documents that state none: UTC, UTC+02:00 or an IANA name like Europe/Berlin"),
        SiteSetting("dateOrder", "auto", "auto | dmy | mdy, for dates like 05/04/2020"),
        SiteSetting("weekStart", "monday", "monday | sunday, for the weekly digest"),
        SiteSetting("milestones", "consensus", "consensus | decoder | rules: how milestones are read from timelines (consensus gives one where both readers agree or the decoder is all but sure)"),
        SiteSetting("unsafeHTML", "false", "true keeps raw HTML written in Markdown; false drops it", aliases: ["unsafe_html"]),
        SiteSetting("baseURL", "\"\"", "absolute http(s) URL the site is served from, for links in feeds; empty: relative links only",
                    aliases: ["base_url"]),
    ]

    /// The setting a key names (any case, or an alias), if any.
    public static func named(_ key: String) -> SiteSetting? {
        let wanted = key.lowercased()
        return all.first { $0.key.lowercased() == wanted || $0.aliases.contains { $0.lowercased() == wanted } }
    }

    /// `debrief.yml` with every setting commented out at its default.
    public static var commentedFile: String {
        let width = all.map { $0.key.count + $0.defaultValue.count }.max() ?? 0
        let lines = all.map { setting -> String in
            let pair = "# \(setting.key): \(setting.defaultValue)"
            return pair + String(repeating: " ", count: width + 4 - pair.count + 2) + "# " + setting.comment
        }
        return "# Debrief settings. Every key is optional; each is shown at its default.\n" + lines.joined(separator: "\n") + "\n"
    }
}
