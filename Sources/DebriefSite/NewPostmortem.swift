import DebriefMarkdown
import Foundation
import DebriefModel
import DebriefReader
import DebriefMetrics

/// What `debrief new` writes, and where.
public enum NewPostmortem {
    /// Why a postmortem cannot be made as asked (each names the option at fault).
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The file's text from the classic archetype; every value from the command line is a
    /// quoted YAML scalar, so any title or service name reads back as written.
    public static func text(title: String, date: LocalDate, severity: String, services: String, timezone: String = "UTC",
                            archetype: Archetype = ArchetypeLibrary()[Archetype.defaultName]!) -> String {
        let list = services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return archetype.filled(title: title, date: date, severity: severity, services: list, timezone: timezone)
    }

    /// Today in the site's zone (not UTC: at 20:00 in Los Angeles it is already tomorrow in UTC).
    public static func today(now: Date, zone: TimeZone) -> LocalDate {
        LocalDate(now, offsetSeconds: zone.secondsFromGMT(for: now))
    }

    /// The file name and text for `debrief new`: `YYYY-MM-DD-<slug>.md` from the title and
    /// the date (`--date`, else today in the site's zone), severity in its scale's normal form.
    public static func make(title: String, date: String?, severity: String, services: String, archetype name: String,
                            library: ArchetypeLibrary, config: SiteConfig, now: Date) throws -> (fileName: String, text: String) {
        guard let level = Severity(parsing: severity) else {
            throw Problem(description: "--severity must be SEV0 … SEV5, P0 … P5, or critical, high, medium, low, not '\(severity)'")
        }
        let day: LocalDate
        if let date {
            guard let parsed = LocalDate(iso: Substring(date)) else { throw Problem(description: "--date must be YYYY-MM-DD, not '\(date)'") }
            day = parsed
        } else {
            day = today(now: now, zone: config.foundationZone)
        }
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw Problem(description: "the title needs at least one letter or digit") }
        guard let archetype = library[name] else {
            throw Problem(description: "--archetype '\(name)' is not known (available: \(library.names.joined(separator: ", ")); add Templates/archetypes/\(Archetype.isValidName(name) ? name : "NAME").md)")
        }
        let text = Self.text(title: title, date: day, severity: level.description, services: services, timezone: config.timezone, archetype: archetype)
        return ("\(day)-\(slug).md", text)
    }
}

extension NewPostmortem {
    /// `text` as a double-quoted YAML scalar: backslash, quote, and every control or
    /// line-break character (YAML also breaks lines at U+0085, U+2028, U+2029) escaped.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count) + String(value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
