import DebriefModel
import Foundation

/// Hints toward blameless wording: a postmortem asks what let a mistake happen,
/// not who made it. Every hint is a note; none fails a check.
enum BlamelessLanguage {
    struct Rule {
        var pattern: NSRegularExpression
        var advice: String
    }

    /// Capitalised words that start sentences without naming anyone.
    static let notNames: Set<String> = ["We", "I", "They", "He", "She", "It", "This", "That", "The", "Our", "Someone", "Somebody",
                                        "Nobody", "Everyone", "Team", "Engineering", "Monitoring", "Alerting", "Automation", "There"]

    static let rules: [Rule] = [
        Rule(pattern: try! NSRegularExpression(pattern: #"\bhuman[\s-]+errors?\b"#, options: [.caseInsensitive]),
             advice: "'human error' ends the inquiry; say what made the mistake easy to make and hard to catch"),
        Rule(pattern: try! NSRegularExpression(pattern: #"\bshould(?:\s+have|'ve)\b"#, options: [.caseInsensitive]),
             advice: "'should have' is hindsight; describe what people knew and saw at the time"),
        Rule(pattern: try! NSRegularExpression(pattern: #"\b(?:careless(?:ly|ness)?|negligen(?:t|ce)|sloppy|incompetent|lazy|stupid)\b"#, options: [.caseInsensitive]),
             advice: "judges a person; describe the action and its context instead"),
        Rule(pattern: try! NSRegularExpression(pattern: #"\b(?:to\s+blame|blamed?\s+(?:on|for)|(?:the\s+)?fault\s+of)\b"#, options: [.caseInsensitive]),
             advice: "assigns blame; postmortems are blameless, so name the conditions, not the culprit"),
    ]

    /// "Dana forgot to …", "@sam broke …": a named person as the subject of a failure.
    static let namedPerson = try! NSRegularExpression(pattern:
        #"(?<![\w@])(@[A-Za-z0-9][\w.-]*|[A-Z][a-z]+)\s+(?:forgot|failed\s+to|neglected|ignored|messed\s+up|screwed\s+up|broke|didn't|did\s+not|should\s+have)\b"#)

    static func notes(_ lines: [LintLine]) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        for line in lines {
            let range = NSRange(location: 0, length: (line.text as NSString).length)
            for rule in rules {
                guard let match = rule.pattern.firstMatch(in: line.text, range: range) else { continue }
                let word = (line.text as NSString).substring(with: match.range)
                notes.append(Diagnostic(.note, line: line.line, column: LintLine.column(match.range.location, in: line.text),
                                        "blameless language: '\(word)': \(rule.advice)"))
            }
            if let match = namedPerson.firstMatch(in: line.text, range: range) {
                let name = (line.text as NSString).substring(with: match.range(at: 1))
                guard !notNames.contains(name) else { continue }
                notes.append(Diagnostic(.note, line: line.line, column: LintLine.column(match.range.location, in: line.text),
                                        "blameless language: names \(name) as the cause; describe what the system allowed, not who slipped"))
            }
        }
        return notes
    }
}
