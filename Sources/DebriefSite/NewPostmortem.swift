import Foundation
import DebriefModel
import DebriefReader
import DebriefMetrics

/// The skeleton `debrief new` writes.
public enum NewPostmortem {
    /// The file's text; every value from the command line is a quoted YAML scalar, so any title or service name reads back as written.
    public static func text(title: String, date: LocalDate, severity: String, services: String) -> String {
        let list = services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(yamlQuoted)
        let quotedTitle = yamlQuoted(title)
        return """
        ---
        title: \(quotedTitle)
        date: \(date)
        severity: \(yamlQuoted(severity))
        services: [\(list.joined(separator: ", "))]
        authors: []
        status: open
        timezone: UTC
        # Fill these in as ISO 8601 times (2024-07-15T07:43:00+02:00); they win over the timeline.
        started:
        detected:
        acknowledged:
        identified:
        mitigated:
        resolved:
        ---

        ## Summary

        What happened, who was affected and for how long.

        ## Impact

        ## Timeline

        | Time | Event |
        | --- | --- |
        |  | Impact began: … |
        |  | Alert fired: … |

        ## Root cause

        ## Resolution

        ## Action items

        - [ ] … (owner: @name)

        ## Lessons learned

        """
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
